import { ListReadersQuery, ListReadersResponse } from '../access.js';
import { endpoint } from '../endpoint.js';

/** "Hvem kan se dette?": who reads a record and why (issue 10, ADR 21). */
export const accessEndpoints = {
  readers: endpoint({ method: 'GET', path: '/access/readers', query: ListReadersQuery, response: ListReadersResponse }),
};
