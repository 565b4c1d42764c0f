// Public entry of the selection library: the exact optimiser (ADR 6).

/** The proposed selection for a round's applicants and rules. */
export { proposeSelection } from './propose-selection.js';
