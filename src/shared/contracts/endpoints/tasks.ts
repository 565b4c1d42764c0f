import { endpoint } from '../endpoint.js';
import { MyTasksResponse } from '../tasks.js';

/** "Mine opgaver" (src/server/modules/tasks). */
export const taskEndpoints = {
  mine: endpoint({ method: 'GET', path: '/me/tasks', response: MyTasksResponse }),
};
