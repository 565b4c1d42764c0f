import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS } from '../../../src/shared/contracts/applications.js';
import { word, type Wording } from '../../../src/shared/contracts/messages.js';
import { ScheduleReasonMessage, ScheduleViolationMessage } from '../../../src/shared/contracts/schedule.js';
import { SelectionMessage } from '../../../src/shared/contracts/selection.js';
import { MissingMessage } from '../../../src/shared/contracts/self-analysis.js';
import { selectionMessagesDa } from '../../../src/shared/wording/selection.da.js';
import { CHECKLIST_LABELS } from '../../../src/server/modules/applications/checklist.js';
import { applicationsDa } from '../../../web/src/i18n/applications.da.js';
import { applicationsEn } from '../../../web/src/i18n/applications.en.js';
import { agencyDa } from '../../../web/src/i18n/agency.da.js';
import { agencyEn } from '../../../web/src/i18n/agency.en.js';
import { scheduleDa } from '../../../web/src/i18n/schedule.da.js';
import { scheduleEn } from '../../../web/src/i18n/schedule.en.js';
import { selfAnalysisDa } from '../../../web/src/i18n/self-analysis.da.js';
import { selfAnalysisEn } from '../../../web/src/i18n/self-analysis.en.js';

/** Every code a message union declares (the Zod discriminated union's options). */
const codesOf = (union: { options: readonly { shape: { code: { value: string } } }[] }) =>
  union.options.map((o) => o.shape.code.value).sort();

describe('texts the client words from the server’s codes', () => {
  it('words every checklist code in Danish exactly as the server labels it today', () => {
    expect(applicationsDa.checklistLabels).toEqual(CHECKLIST_LABELS);
  });

  it('words every checklist code in English, not in Danish', () => {
    for (const key of CHECKLIST_KEYS) {
      expect(applicationsEn.checklistLabels[key]).toBeTruthy();
      if (key !== 'motivation') expect(applicationsEn.checklistLabels[key]).not.toBe(CHECKLIST_LABELS[key]);
    }
  });

  const areas: [string, { options: readonly { shape: { code: { value: string } } }[] }, object, object][] = [
    ['schedule violations', ScheduleViolationMessage, scheduleDa.violationText, scheduleEn.violationText],
    ['schedule reasons', ScheduleReasonMessage, scheduleDa.reasonText, scheduleEn.reasonText],
    ['selection', SelectionMessage, agencyDa.selectionText, agencyEn.selectionText],
    ['self-analysis missing part', MissingMessage, selfAnalysisDa.missing, selfAnalysisEn.missing],
  ];
  it.each(areas)('words every %s code in both locales, and nothing else', (_, union, da, en) => {
    expect(Object.keys(da).sort()).toEqual(codesOf(union));
    expect(Object.keys(en).sort()).toEqual(codesOf(union));
  });

  it('words the schedule’s codes in Danish as the server worded them before codes', () => {
    const da = (m: ScheduleViolationMessage) => word(scheduleDa.violationText, m);
    expect(da({ code: 'weekend', params: { subject: 'meeting', date: '2028-05-27' } })).toBe(
      'Mødet ligger på en lørdag',
    );
    expect(
      da({
        code: 'holiday_week',
        params: { subject: 'theme_day', from: '2027-10-18', to: '2027-10-22', label: 'efterårsferie' },
      }),
    ).toBe('Temadagen ligger i en ferieuge (efterårsferie 18.–22. oktober)');
    expect(da({ code: 'outside_period', params: { subject: 'meeting', from: '2027-12-23', to: '2028-01-01' } })).toBe(
      'Mødet ligger uden for forløbets periode (23. december 2027 – 1. januar 2028)',
    );
    expect(da({ code: 'steering_third', params: { third: 1, from: '2027-11-22', to: '2028-03-10' } })).toBe(
      'Styregruppemødet skal ligge i periodens midterste tredjedel (22. november 2027 – 10. marts 2028)',
    );
    expect(
      da({
        code: 'one_course_per_day',
        params: {
          courses: [{ name: 'Hjørring' }, { id: 'b' }, { name: 'Helsingør' }],
        },
      }),
    ).toBe('Konsulenten har allerede et møde med Hjørring, forløbet b og Helsingør denne dag');
    expect(da({ code: 'theme_day_unavailable', params: { consultants: [] } })).toBe(
      'En konsulent i runden er ikke til rådighed på temadagen',
    );
    expect(da({ code: 'not_on_theme_day', params: { date: '2028-01-20' } })).toBe(
      'Temadagen ligger ikke på rundens fælles temadag (20. januar 2028)',
    );
    expect(
      word(scheduleDa.reasonText, { code: 'steering_third_ended', params: { third: 0, ended: '2027-03-31' } }),
    ).toBe('Skal ligge i periodens første tredjedel, som sluttede 31. marts 2027. Giv mødet en dato med Flyt.');
    expect(
      word(scheduleDa.reasonText, {
        code: 'search_failed',
        params: { consultant: 'k1', courses: ['0820', '0860'], attempts: 300_000 },
      }),
    ).toBe(
      'Der blev ikke fundet en plan, der holder alle regler, for forløbene hos konsulent k1 (0820, 0860) ' +
        '(hverken grådig placering eller søgning med op til 300.000 forsøg). Giv konsulenterne flere ledige dage, færre møder eller en længere periode.',
    );
  });

  it('words the schedule’s codes in English with English dates and lists', () => {
    const en = (m: ScheduleViolationMessage) => word(scheduleEn.violationText, m);
    expect(en({ code: 'weekend', params: { subject: 'meeting', date: '2028-05-27' } })).toBe(
      'The meeting falls on a Saturday',
    );
    expect(
      en({ code: 'holiday_week', params: { subject: 'meeting', from: '2027-10-18', to: '2027-10-22', label: null } }),
    ).toBe('The meeting falls in a holiday week (18–22 October)');
    expect(en({ code: 'theme_day_unavailable', params: { consultants: ['k1', 'k2', 'k3'] } })).toBe(
      'Consultants k1, k2 and k3 are not available on the theme day',
    );
  });

  it('words the selection’s codes in Danish (the shared wording the letters quote) and in English', () => {
    expect(agencyDa.selectionText).toBe(selectionMessagesDa);
    const m: SelectionMessage = {
      code: 'chosen_for_rules',
      params: {
        score: 12.25,
        rules: [
          { rule: 'minSmall', count: 1 },
          { rule: 'minRegions', count: 3 },
        ],
      },
    };
    expect(word(agencyDa.selectionText, m)).toBe(
      'Valgt for at opfylde balancereglen om mindst 1 lille kommune og mindst 3 forskellige regioner (score 12,25), selv om den ikke er blandt de højest scorende.',
    );
    expect(word(agencyEn.selectionText, m)).toBe(
      'Selected to meet the balance rule of at least 1 small municipality and at least 3 different regions (score 12.25), although not among the highest-scoring.',
    );
  });

  it('has the compiler ask each locale for every code', () => {
    // The locale files declare `Wording<…>`: a Record from every code to a function of its parameters.
    const check: Wording<ScheduleViolationMessage> = scheduleEn.violationText;
    expect(check).toBe(scheduleEn.violationText);
  });

  it('words what a self-analysis lacks in Danish as the server worded it before codes, and in English', () => {
    const da = (m: MissingMessage) => word(selfAnalysisDa.missing, m);
    const en = (m: MissingMessage) => word(selfAnalysisEn.missing, m);
    const section: MissingMessage = { code: 'section_unanswered', params: { section: 'organisation' } };
    const figure: MissingMessage = { code: 'figure_missing', params: { institution: 'Solsikken', figure: 'staff' } };
    expect(da(section)).toBe('Organisering: Besvar mindst ét af spørgsmålene');
    expect(da(figure)).toBe('Solsikken: Udfyld pædagogisk personale (antal ansatte)');
    expect(da({ code: 'version_undecided', params: {} })).toBe(
      'Der ligger en særskilt udgave, som ingen har valgt til eller fra endnu',
    );
    expect(en(section)).toBe('Organisation: Answer at least one of the questions');
    expect(en(figure)).toBe('Solsikken: Fill in pedagogical staff (number employed)');
  });
});
