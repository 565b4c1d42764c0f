import { createHash } from 'node:crypto';
import type { InstitutionKind } from '../../shared/roles.js';

/** A stable UUID from a name, so demo ids are the same on every machine. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`indsats-demo:${key}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** mulberry32: a small deterministic generator, so demo children are the same everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST_NAMES = [
  'Alma',
  'Emma',
  'Ella',
  'Freja',
  'Ida',
  'Clara',
  'Karla',
  'Olivia',
  'Agnes',
  'Lea',
  'Sofia',
  'Luna',
  'Asta',
  'Ellen',
  'Aya',
  'Liva',
  'Nora',
  'Vigga',
  'Frida',
  'Mathilde',
  'Noah',
  'William',
  'Oscar',
  'Carl',
  'Alfred',
  'Lucas',
  'Emil',
  'Aksel',
  'Valdemar',
  'Malthe',
  'Arthur',
  'Viggo',
  'Theo',
  'Elias',
  'Magnus',
  'Otto',
  'Storm',
  'Anton',
  'Bertram',
  'Hjalte',
  'Yusuf',
  'Zainab',
  'Milan',
  'Ronja',
  'Esther',
  'August',
  'Sigurd',
  'Mille',
];

export const LAST_NAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Frederiksen',
  'Laursen',
  'Henriksen',
  'Lund',
  'Holm',
  'Schmidt',
  'Eriksen',
  'Kristiansen',
  'Simonsen',
  'Clausen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Østergaard',
  'Jeppesen',
  'Vestergaard',
  'Nissen',
  'Ahmadi',
  'Yilmaz',
  'Kowalski',
  'Hussein',
];

export interface DemoInstitution {
  key: string;
  name: string;
  kind: InstitutionKind;
  address: string;
  groups: { name: string; ages: [number, number]; size: number }[];
}

const nursery = (names: string[]) => names.map((name) => ({ name, ages: [0, 2] as [number, number], size: 12 }));
const kindergarten = (names: string[]) => names.map((name) => ({ name, ages: [3, 5] as [number, number], size: 20 }));

/** Six institutions of every kind per demo municipality; fictional names and addresses. */
export function demoInstitutions(code: string, town: string): DemoInstitution[] {
  return [
    {
      key: `${code}-1`,
      name: `Børnehuset Solsikken`,
      kind: 'integrated',
      address: `Engvej 12, ${town}`,
      groups: [...nursery(['Mariehønen']), ...kindergarten(['Solstrålen', 'Regnbuen'])],
    },
    {
      key: `${code}-2`,
      name: `Vuggestuen Spiren`,
      kind: 'nursery',
      address: `Skolegade 4, ${town}`,
      groups: nursery(['Bien', 'Sommerfuglen']),
    },
    {
      key: `${code}-3`,
      name: `Børnehaven Troldehøj`,
      kind: 'kindergarten',
      address: `Bakkevej 31, ${town}`,
      groups: kindergarten(['Egern', 'Ræve', 'Ugler']),
    },
    {
      key: `${code}-4`,
      name: `Børnehaven Kastanjen`,
      kind: 'kindergarten',
      address: `Parkallé 8, ${town}`,
      groups: kindergarten(['Blå stue', 'Grøn stue']),
    },
    {
      key: `${code}-5`,
      name: `Det Integrerede Dagtilbud Havbrisen`,
      kind: 'integrated',
      address: `Strandvejen 77, ${town}`,
      groups: [...nursery(['Krabberne']), ...kindergarten(['Søstjernerne'])],
    },
    {
      key: `${code}-6`,
      name: `Dagplejen ${town} Øst`,
      kind: 'family_daycare',
      address: `Rådhuspladsen 1, ${town}`,
      groups: [
        { name: 'Legestuegruppe Nord', ages: [0, 2], size: 8 },
        { name: 'Legestuegruppe Syd', ages: [0, 2], size: 8 },
      ],
    },
  ];
}

/** Birth dates are counted back from the seed date, so the children are of daycare age whenever the demo is seeded. */
export function birthDate(random: () => number, ages: [number, number], today: string): string {
  const ref = Date.parse(today);
  const minDays = ages[0] * 365 + 120;
  const maxDays = (ages[1] + 1) * 365 - 1;
  const days = Math.floor(minDays + random() * (maxDays - minDays));
  return new Date(ref - days * 86_400_000).toISOString().slice(0, 10);
}
