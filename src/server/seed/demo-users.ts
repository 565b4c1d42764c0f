import type { Role } from '../../shared/roles.js';

/**
 * The documented demo logins (README, `indsats demo-users --json`). They exist
 * only in demo data; every demo user has the same password, which the password
 * policy refuses everywhere else (auth/password-policy.ts).
 */
export { DEMO_PASSWORD } from '../modules/auth/index.js';

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  municipalityCode: string | null;
  /** Key of the demo institution (see demo-data.ts) for daycare_leader and staff. */
  institutionKey: string | null;
}

export const DEMO_MUNICIPALITIES = [
  { code: '0860', slug: 'hjoerring' },
  { code: '0217', slug: 'helsingoer' },
] as const;

const national: DemoUser[] = [
  {
    email: 'admin@socialstyrelsen.example',
    name: 'Birgitte Holm',
    role: 'national_admin',
    municipalityCode: null,
    institutionKey: null,
  },
  {
    email: 'konsulent@socialstyrelsen.example',
    name: 'Jonas Kragh',
    role: 'consultant',
    municipalityCode: null,
    institutionKey: null,
  },
  {
    email: 'bedoemmer@socialstyrelsen.example',
    name: 'Hanne Dahl',
    role: 'assessor',
    municipalityCode: null,
    institutionKey: null,
  },
  {
    email: 'evaluator@evaluering.example',
    name: 'Rasmus Vinther',
    role: 'evaluator',
    municipalityCode: null,
    institutionKey: null,
  },
];

const municipalPeople: Record<string, [string, string, string, string, string]> = {
  '0860': ['Mette Kjær', 'Lars Overgaard', 'Susanne Bach', 'Ali Hassan', 'Pia Nørgaard'],
  '0217': ['Camilla Friis', 'Henrik Lund', 'Louise Brandt', 'Maja Skov', 'Karen Thygesen'],
};

const municipal: DemoUser[] = DEMO_MUNICIPALITIES.flatMap(({ code, slug }) => {
  const [coordinator, chief, leader, staff, partner] = municipalPeople[code] ?? ['', '', '', '', ''];
  return [
    {
      email: `koordinator.${slug}@kommune.example`,
      name: coordinator,
      role: 'coordinator',
      municipalityCode: code,
      institutionKey: null,
    },
    {
      email: `dagtilbudschef.${slug}@kommune.example`,
      name: chief,
      role: 'daycare_chief',
      municipalityCode: code,
      institutionKey: null,
    },
    {
      email: `leder.${slug}@kommune.example`,
      name: leader,
      role: 'daycare_leader',
      municipalityCode: code,
      institutionKey: `${code}-1`,
    },
    {
      email: `paedagog.${slug}@kommune.example`,
      name: staff,
      role: 'staff',
      municipalityCode: code,
      institutionKey: `${code}-1`,
    },
    {
      email: `sundhedsplejerske.${slug}@kommune.example`,
      name: partner,
      role: 'partner',
      municipalityCode: code,
      institutionKey: null,
    },
  ] satisfies DemoUser[];
});

export const DEMO_USERS: readonly DemoUser[] = [...national, ...municipal];
