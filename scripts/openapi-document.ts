import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';

/** The OpenAPI 3.1 document exactly as the server serves it at /api/openapi.json. */
export async function renderOpenApi(): Promise<string> {
  const database = await openDatabase({});
  const app = await buildApp({ config: loadConfig({ INDSATS_LOG_LEVEL: 'silent' }), database, serveWeb: false });
  await app.ready();
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  return text;
}
