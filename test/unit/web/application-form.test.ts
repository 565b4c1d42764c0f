import { describe, expect, it } from 'vitest';
import { ApplicationContent, EMPTY_APPLICATION } from '../../../src/shared/contracts/applications.js';
import { da } from '../../../web/src/i18n/da.js';
import { applicationFields } from '../../../web/src/pages/applications/application-fields.js';
import {
  contentOf,
  emailProblem,
  parsePercent,
  sameContent,
  valuesOf,
} from '../../../web/src/pages/applications/application-form.js';
import { mergeVersions } from '../../../web/src/versions/merge.js';

/** The application form's model: values as typed ⇄ the content saved, and a merge carried through the form. */
const INSTITUTION = '22222222-2222-4222-8222-222222222222';
/** The contact's e-mail: the test's own, in a domain reserved for examples (no demo person's). */
const CONTACT_EMAIL = 'mette.kjaer@hjoerring.example';
const saved: ApplicationContent = {
  ...EMPTY_APPLICATION,
  contactName: 'Mette Kjær',
  contactEmail: CONTACT_EMAIL,
  familyDaycareShare: 12.5,
  institutions: [{ institutionId: INSTITUTION, vulnerableFamiliesShare: 30, needDocumentation: 'Mange sprogbørn' }],
};

describe('application form', () => {
  it('gives back the saved content unchanged when nothing is edited, and it passes the contract', () => {
    const values = valuesOf(saved);
    expect(values.familyDaycareShare).toBe('12,5');
    expect(contentOf(values, saved)).toEqual(saved);
    expect(ApplicationContent.safeParse(contentOf(values, saved)).success).toBe(true);
  });

  it('reads shares as typed and keeps the saved value of one that cannot be read, and of a bad e-mail', () => {
    expect([
      parsePercent('12,5'),
      parsePercent(' 7 '),
      parsePercent(''),
      parsePercent('101'),
      parsePercent('1x'),
    ]).toEqual([12.5, 7, null, 'invalid', 'invalid']);
    const typed = { ...valuesOf(saved), familyDaycareShare: '12,', contactEmail: 'mette@' };
    expect(emailProblem(typed.contactEmail)).toBe(true);
    expect(contentOf(typed, saved)).toMatchObject({ familyDaycareShare: 12.5, contactEmail: saved.contactEmail });
  });

  it('counts key order as no change', () => {
    const reordered = Object.fromEntries(Object.entries(saved).reverse()) as ApplicationContent;
    expect(sameContent(saved, reordered)).toBe(true);
    expect(sameContent(saved, { ...saved, motivation: 'x' })).toBe(false);
  });

  it('carries a merge through the form: the merged content shown and saved again is the merged content', () => {
    const mine = contentOf({ ...valuesOf(saved), familyDaycareShare: '20' }, saved);
    const theirs = { ...saved, motivation: 'Hendes motivation' };
    const { merged, conflicts } = mergeVersions(saved, mine, theirs, applicationFields(da));
    expect(conflicts).toEqual([]);
    expect(contentOf(valuesOf(merged), theirs)).toEqual({
      ...saved,
      familyDaycareShare: 20,
      motivation: 'Hendes motivation',
    });
  });
});
