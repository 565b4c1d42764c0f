// Public entry of the organisation module: the only file other modules may import.

/** Regions, municipalities and institutions. */
export { registerOrganisationRoutes } from './routes.js';
/** One municipality or institution by key; null when there is none. */
export { findInstitution, findMunicipality } from './repository.js';
/** Child counts (never names) and institution counts. */
export { childCountOfMunicipality, childCounts, countInstitutions } from './repository.js';
/** A search text with LIKE's wildcards escaped. */
export { escapeLike } from './repository.js';
