// Public entry of the users module: what the composition root needs of it.

/** Account management routes. */
export { registerUserRoutes } from './routes.js';
/** Creates an account with its first role (`indsats create-user`). */
export { createUser } from './manage-users.js';
