import { describe, expect, it } from 'vitest';
import {
  APPLICATION_LIMITS,
  ApplicationContent,
  EMPTY_APPLICATION,
} from '../../../src/shared/contracts/applications.js';
import { unitRange } from '../../../src/shared/contracts/indicator-units.js';
import { charactersOver, textLength } from '../../../src/shared/contracts/text-length.js';
import { unitProblem } from '../../../web/src/pages/change-model/editor-form.js';
import { da } from '../../../web/src/i18n/da.js';
import { applicationFields } from '../../../web/src/pages/applications/application-fields.js';
import {
  contentOf,
  emailProblem,
  invalidFields,
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

describe('limited texts in the form (issue 11, point 5)', () => {
  it('counts as the contract does: line breaks as one, ends trimmed, a CR LF as one', () => {
    expect(textLength('  Hej\r\nverden  ', 'multi')).toBe(10);
    expect(textLength('  Hej verden  ', 'single')).toBe(10);
    expect(charactersOver('a'.repeat(6001), 'multi', 6000)).toBe(1);
    expect(charactersOver('a'.repeat(6000) + '\n \n', 'multi', 6000)).toBe(0);
    // The counter and the schema agree at the boundary.
    const atLimit = `  ${'a'.repeat(5998)}\r\nb  `;
    expect(textLength(atLimit, 'multi')).toBe(6000);
    expect(ApplicationContent.shape.motivation.safeParse(atLimit).success).toBe(true);
  });

  it('says which field is too long and by how much, and why another cannot be saved', () => {
    const values = {
      ...valuesOf(saved),
      motivation: 'm'.repeat(APPLICATION_LIMITS.motivation + 5),
      directorName: 'Lars\u0007',
    };
    values.institutions[0]!.needDocumentation = 'n'.repeat(2001);
    expect(invalidFields(values)).toEqual([
      { id: 'application-motivation', field: 'motivation', problem: { kind: 'tooLong', length: 6005, limit: 6000 } },
      {
        id: 'application-directorName',
        field: 'directorName',
        problem: {
          kind: 'invalid',
          message: 'Indeholder et styretegn (U+0007), som ikke er tilladt. Fjern det, og prøv igen',
        },
      },
      {
        id: `application-need-${INSTITUTION}`,
        field: 'needDocumentation',
        institutionId: INSTITUTION,
        problem: { kind: 'tooLong', length: 2001, limit: 2000 },
      },
    ]);
    // Saved: the last saved values of those three, everything else as typed.
    const content = contentOf({ ...values, contactPhone: '72 33 33 33' }, saved);
    expect(content).toMatchObject({
      motivation: saved.motivation,
      directorName: saved.directorName,
      contactPhone: '72 33 33 33',
    });
    expect(content.institutions[0]!.needDocumentation).toBe('Mange sprogbørn');
    expect(ApplicationContent.safeParse(content).success).toBe(true);
    // The form keeps what was typed: nothing is cut.
    expect(values.motivation).toHaveLength(6005);
  });

  it('holds a measurement to its unit: per cent 0–100, days not below 0, other units free', () => {
    const m = da.changeModel;
    expect(unitProblem(150, '%', m)).toBe(m.percentRange);
    expect(unitProblem(100, ' Procent ', m)).toBeUndefined();
    expect(unitProblem(-1, 'dage', m)).toBe(m.notNegative('dage'));
    expect(unitProblem(-3, 'kr.', m)).toBeUndefined();
    expect(unitRange('pct.')).toEqual({ kind: 'percent', min: 0, max: 100 });
  });
});
