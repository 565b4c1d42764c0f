import { z } from 'zod';
import { INSTITUTION_KINDS } from '../roles.js';
import { MunicipalityCode, PageMeta, PageQuery } from './common.js';
import { SearchQuery } from './text.js';

export const Region = z.object({ code: z.string(), name: z.string(), municipalityCount: z.number().int() });
export const ListRegionsResponse = z.object({ items: z.array(Region) });

export const Municipality = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  population: z.number().int(),
});
export const ListMunicipalitiesQuery = z.strictObject({
  region: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  q: SearchQuery.optional(),
});
export const ListMunicipalitiesResponse = z.object({ items: z.array(Municipality) });

export const MunicipalityDetail = Municipality.extend({
  /** Present only when the caller may see the municipality's institutions. */
  institutionCount: z.number().int().nullable(),
  childCount: z.number().int().nullable(),
});

export const InstitutionKind = z.enum(INSTITUTION_KINDS);

export const Institution = z.object({
  id: z.string(),
  name: z.string(),
  kind: InstitutionKind,
  address: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  groupCount: z.number().int(),
  childCount: z.number().int(),
  /** What the caller may do with this institution's children (UI hint; the server decides). */
  actions: z.object({ readChildren: z.boolean(), writeChildren: z.boolean() }),
});
export type Institution = z.infer<typeof Institution>;

export const ListInstitutionsQuery = PageQuery.extend({
  municipality: MunicipalityCode.optional(),
  kind: InstitutionKind.optional(),
  q: SearchQuery.optional(),
}).strict();
export const ListInstitutionsResponse = z.object({ items: z.array(Institution), page: PageMeta });

export const Group = z.object({ id: z.string(), name: z.string(), childCount: z.number().int() });
export const InstitutionDetail = Institution.extend({
  groups: z.array(Group),
});
export type InstitutionDetail = z.infer<typeof InstitutionDetail>;
