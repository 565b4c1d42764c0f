import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { municipalities, regions } from '../db/schema.js';
import { referenceFolder } from '../paths.js';

export interface MunicipalityRecord {
  code: string;
  name: string;
  regionName: string;
  regionCode: string;
  population: number;
}

/** The 98 municipalities shipped in reference/kommuner.csv (a deployment may replace the file). */
export function readMunicipalities(): MunicipalityRecord[] {
  const lines = readFileSync(join(referenceFolder, 'kommuner.csv'), 'utf8').trim().split(/\r?\n/);
  const header = lines.shift();
  if (header !== 'kommunekode,navn,region,regionskode,befolkning_ca') {
    throw new Error('reference/kommuner.csv har ikke de forventede kolonner');
  }
  return lines.map((line, i) => {
    const [code, name, regionName, regionCode, population] = line.split(',');
    if (!code || !name || !regionName || !regionCode || !population || !/^\d{4}$/.test(code)) {
      throw new Error(`reference/kommuner.csv linje ${i + 2} er ugyldig`);
    }
    return { code, name, regionName, regionCode, population: Number(population) };
  });
}

/** Loads regions and municipalities; safe to run on every start (updates names and populations). */
export async function loadReferenceData(db: Db): Promise<void> {
  const records = readMunicipalities();
  const regionRows = [
    ...new Map(records.map((r) => [r.regionCode, { code: r.regionCode, name: r.regionName }])).values(),
  ];
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(regionRows)
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(records.map((r) => ({ code: r.code, name: r.name, regionCode: r.regionCode, population: r.population })))
      .onConflictDoUpdate({
        target: municipalities.code,
        set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code`, population: sql`excluded.population` },
      });
  });
}
