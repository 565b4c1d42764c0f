import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { word } from '../src/shared/contracts/messages.js';
import { RoundSelectionResponse } from '../src/shared/contracts/decisions.js';
import { selectionMessagesDa } from '../src/shared/wording/selection.da.js';
import { agencyDa } from '../web/src/i18n/agency.da.js';
import { agencyEn } from '../web/src/i18n/agency.en.js';
import { assess, buildRound, buildSubmittedApplication } from './helpers/round-factories.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/**
 * Status texts that are true (issue 11, point 10): an application no one has
 * scored yet is "Afventer bedømmelse", not "Ikke valgt: ansøgningen opfylder
 * ikke alle krav". The server sends the code; the client (and the letters) word it.
 */
describe("the selection's word for an application not yet assessed", () => {
  it('is "awaiting_assessment" until an assessor has scored it; a failed requirement stays "not_eligible"', async () => {
    const admin = await t.loginAs('national_admin');
    const assessor = await t.loginAs('assessor');
    const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id], capacity: 2 });
    const scored = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0860' });
    const failed = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0217' });
    await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0825' });
    await assess(assessor, scored, [5, 5, 5]);
    await assess(assessor, failed, [3, 3, 3], false);

    const response = await admin.get(`/api/v1/rounds/${roundId}/selection`);
    expect(response.statusCode, response.body).toBe(200);
    const { proposal } = RoundSelectionResponse.parse(response.json());
    expect(proposal.explanations['0825']).toEqual({ code: 'awaiting_assessment', params: {} });
    expect(proposal.explanations['0217']).toEqual({ code: 'not_eligible', params: {} });
    expect(proposal.explanations['0860']?.code).toBe('chosen_top');
  });

  it('reads "Afventer bedømmelse" in Danish and "Awaiting assessment" in English', () => {
    const message = { code: 'awaiting_assessment', params: {} } as const;
    expect(word(selectionMessagesDa, message)).toBe('Afventer bedømmelse');
    expect(word(agencyDa.selectionText, message)).toBe('Afventer bedømmelse');
    expect(word(agencyEn.selectionText, message)).toBe('Awaiting assessment');
    expect(word(agencyDa.selectionText, { code: 'not_eligible', params: {} })).toMatch(/opfylder ikke alle krav/);
  });
});
