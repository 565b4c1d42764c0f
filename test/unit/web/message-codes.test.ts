import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS } from '../../../src/shared/contracts/applications.js';
import { CHECKLIST_LABELS } from '../../../src/server/modules/applications/checklist.js';
import { applicationsDa } from '../../../web/src/i18n/applications.da.js';
import { applicationsEn } from '../../../web/src/i18n/applications.en.js';

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
});
