import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
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

/**
 * Loads regions and municipalities; safe to run on every start (updates names
 * and populations). A restart usually finds them as the file says: then it
 * only reads them (one query) instead of rewriting every row.
 */
export async function loadReferenceData(db: Db): Promise<void> {
  const records = readMunicipalities();
  const regionRows = [
    ...new Map(records.map((r) => [r.regionCode, { code: r.regionCode, name: r.regionName }])).values(),
  ];
  const municipalityRows = records.map((r) => ({
    code: r.code,
    name: r.name,
    regionCode: r.regionCode,
    population: r.population,
  }));
  if (await isLoaded(db, regionRows, municipalityRows)) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(regionRows)
      .onConflictDoUpdate({ target: regions.code, set: { name: sql`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(municipalityRows)
      .onConflictDoUpdate({
        target: municipalities.code,
        set: { name: sql`excluded.name`, regionCode: sql`excluded.region_code`, population: sql`excluded.population` },
      });
  });
}

/** Whether every region and municipality of the file is stored as the file says. */
async function isLoaded(
  db: Db,
  regionRows: { code: string; name: string }[],
  municipalityRows: { code: string; name: string; regionCode: string; population: number }[],
): Promise<boolean> {
  const stored = await db
    .select({
      code: municipalities.code,
      name: municipalities.name,
      regionCode: municipalities.regionCode,
      population: municipalities.population,
      regionName: regions.name,
    })
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode));
  const byCode = new Map(stored.map((m) => [m.code, m]));
  const regionName = new Map(regionRows.map((r) => [r.code, r.name]));
  return municipalityRows.every((m) => {
    const found = byCode.get(m.code);
    return (
      found !== undefined &&
      found.name === m.name &&
      found.regionCode === m.regionCode &&
      found.population === m.population &&
      found.regionName === regionName.get(m.regionCode)
    );
  });
}
