import { writeFileSync } from 'node:fs';
import { renderOpenApi } from './openapi-document.js';

writeFileSync('docs/openapi.json', await renderOpenApi());
console.log('docs/openapi.json er opdateret.');
