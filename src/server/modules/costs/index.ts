// Public entry of the costs library: the cost arithmetic of issue 12 (ADR 35).

/** Start-up, yearly, total and new money per element and in all, per child and per family. */
export { estimateCosts } from './estimate-costs.js';
