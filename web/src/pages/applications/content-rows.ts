import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { ApplicationContent } from './api.js';

export interface ContentRow {
  /** Stable across versions, to compare them field by field. */
  key: string;
  label: string;
  value: string;
}

export interface ContentSection {
  key: string;
  heading: string;
  rows: ContentRow[];
}

/**
 * The application's content in words, section by section, as the read-only
 * view shows it and the conflict comparison compares it. `names` maps
 * institution ids to names.
 */
export function useContentSections(): (content: ApplicationContent, names: Record<string, string>) => ContentSection[] {
  const t = useT();
  const a = t.applications;
  const text = (v: string) => (v.trim() === '' ? a.none : v);
  const percent = (n: number | null) => (n === null ? a.none : a.percentValue(n));
  return (c, names) => {
    const name = (id: string) => names[id] ?? id;
    return [
      {
        key: 'contact',
        heading: a.contactHeading,
        rows: [
          { key: 'contactName', label: a.contactName, value: text(c.contactName) },
          { key: 'contactEmail', label: a.contactEmail, value: text(c.contactEmail) },
          { key: 'contactPhone', label: a.contactPhone, value: text(c.contactPhone) },
        ],
      },
      {
        key: 'institutions',
        heading: a.institutionsHeading,
        rows: [
          {
            key: 'institutions',
            label: a.institutionsLegend,
            value: c.institutions.length ? c.institutions.map((i) => name(i.institutionId)).join(', ') : a.none,
          },
          ...c.institutions.flatMap((i) => [
            {
              key: `share:${i.institutionId}`,
              label: `${name(i.institutionId)}: ${a.vulnerableShare}`,
              value: percent(i.vulnerableFamiliesShare),
            },
            {
              key: `need:${i.institutionId}`,
              label: `${name(i.institutionId)}: ${a.needDocumentation}`,
              value: text(i.needDocumentation),
            },
          ]),
          { key: 'familyDaycareShare', label: a.familyDaycareShare, value: percent(c.familyDaycareShare) },
        ],
      },
      {
        key: 'motivation',
        heading: a.motivationHeading,
        rows: [{ key: 'motivation', label: a.motivation, value: text(c.motivation) }],
      },
      {
        key: 'management',
        heading: a.managementHeading,
        rows: [{ key: 'managementBacking', label: a.managementBacking, value: text(c.managementBacking) }],
      },
      {
        key: 'director',
        heading: a.directorHeading,
        rows: [
          { key: 'resourceCommitment', label: a.resourceCommitment, value: text(c.resourceCommitment) },
          { key: 'directorName', label: a.directorName, value: text(c.directorName) },
          { key: 'directorTitle', label: a.directorTitle, value: text(c.directorTitle) },
          {
            key: 'directorSignedOn',
            label: a.directorSignedOn,
            value: c.directorSignedOn ? formatDate(t, c.directorSignedOn) : a.none,
          },
        ],
      },
      {
        key: 'evaluation',
        heading: a.evaluationHeading,
        rows: [
          { key: 'evaluationCommitment', label: a.evaluationCommitment, value: c.evaluationCommitment ? a.yes : a.no },
        ],
      },
    ];
  };
}
