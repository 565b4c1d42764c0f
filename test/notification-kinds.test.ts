import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { outbox } from '../src/server/db/schema.js';
import { Application, type ApplicationContent } from '../src/shared/contracts/applications.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildInstitution } from './helpers/factories.js';
import { buildRound } from './helpers/round-factories.js';
import { startSmtpSink, type SmtpSink } from './helpers/smtp-sink.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

/** Every notification kind through a real SMTP server, parsed: Danish text, a working link, real invitations. */
let t: TestApp;
let sink: SmtpSink;
const PUBLIC = 'https://indsats.test.example';

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ INDSATS_SMTP_URL: sink.url, INDSATS_PUBLIC_URL: PUBLIC });
});
afterAll(async () => {
  await t.close();
  await sink.close();
});

/** Empties the outbox and the sink, runs `work`, delivers, and returns what arrived. */
async function mailsOf(work: () => Promise<void>): Promise<ParsedMail[]> {
  await inMaintenanceTx(t.database.db, (tx) => tx.delete(outbox));
  sink.received.length = 0;
  await work();
  await t.app.mailer.deliver();
  return [...sink.received];
}

/** The working link of a mail: the public address followed by the page's path, answered by the web client's route. */
function linkIn(mail: ParsedMail, path: string) {
  expect(mail.text).toContain(`${PUBLIC}${path}`);
  expect(mail.text).not.toContain('{{');
}

function invitationOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, 'the mail carries an .ics').toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    organizer: String(event.getFirstPropertyValue('organizer')).toLowerCase(),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase()),
    description: String(event.getFirstPropertyValue('description')),
    status: event.getFirstPropertyValue('status'),
  };
}

describe('notification kinds', () => {
  it('invites a meeting’s participants when it is dated, moved and cancelled (REQUEST, REQUEST, CANCEL)', async () => {
    const consultant = await t.buildPerson({ role: 'consultant', name: 'Karen Konsulent' });
    const coordinator = await t.buildPerson({ role: 'coordinator', municipalityCode: '0461', name: 'Tove Tovholder' });
    const { courseId } = await buildCourse(t.database, { municipalityCode: '0461', consultantId: consultant.id });
    const meeting = (await meetingsOf(t.database, courseId)).find((m) => m.kind === 'kickoff')!;
    const agent = await t.loginPerson(consultant);
    const agenda = await agent.put(`/api/v1/meetings/${meeting.id}/agenda`, {
      version: meeting.version,
      agenda: 'Velkomst\nPlan for året',
      location: 'Rådhuset, mødelokale 2',
    });
    expect(agenda.statusCode, agenda.body).toBe(200);
    let version = (await meetingsOf(t.database, courseId)).find((m) => m.id === meeting.id)!.version;
    const move = async (date: string | null, start: string | null, end: string | null) => {
      const res = await agent.patch(`/api/v1/meetings/${meeting.id}/schedule`, { version, date, start, end });
      expect(res.statusCode, res.body).toBe(200);
      version = res.json<{ version: number }>().version;
    };

    const dated = await mailsOf(() => move('2027-09-07', '10:00', '12:00'));
    const toCoordinator = dated.find((m) => m.to && JSON.stringify(m.to).includes(coordinator.email))!;
    expect(toCoordinator.subject).toMatch(/^Invitation: .* tirsdag den 7\. september 2027 kl\. 10\.00–12\.00$/);
    expect(toCoordinator.text).toContain('Hej Tove Tovholder');
    expect(toCoordinator.text).toContain('Du er inviteret til et møde');
    expect(toCoordinator.text).toContain('- Plan for året');
    linkIn(toCoordinator, `/forloeb/${courseId}/moeder/${meeting.id}`);
    const first = invitationOf(toCoordinator);
    expect(first.method).toBe('REQUEST');
    expect(first.uid).toBe(`${meeting.id}@indsats`);
    expect(first.organizer).toBe(`mailto:${consultant.email.toLowerCase()}`);
    expect(first.attendees).toEqual(
      expect.arrayContaining([`mailto:${coordinator.email.toLowerCase()}`, `mailto:${consultant.email.toLowerCase()}`]),
    );
    expect(first.description).toContain('Dagsorden:\n- Velkomst\n- Plan for året');
    expect(first.description).toContain(`${PUBLIC}/forloeb/${courseId}/moeder/${meeting.id}`);

    const moved = await mailsOf(() => move('2027-09-14', '09:00', '11:00'));
    const movedMail = moved.find((m) => JSON.stringify(m.to).includes(coordinator.email))!;
    expect(movedMail.subject).toContain('Mødet er flyttet');
    const second = invitationOf(movedMail);
    expect(second).toMatchObject({ method: 'REQUEST', uid: first.uid });
    expect(second.sequence).toBeGreaterThan(first.sequence);

    const cancelled = await mailsOf(async () => {
      const res = await agent.put(`/api/v1/meetings/${meeting.id}/status`, {
        version,
        status: 'cancelled',
        confirmed: true,
      });
      expect(res.statusCode, res.body).toBe(200);
    });
    const cancelMail = cancelled.find((m) => JSON.stringify(m.to).includes(coordinator.email))!;
    expect(cancelMail.subject).toMatch(/^Aflyst: .*tirsdag den 14\. september 2027/);
    const third = invitationOf(cancelMail);
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid, status: 'CANCELLED' });
    expect(third.sequence).toBeGreaterThan(second.sequence);
    expect(third.organizer).toBe(`mailto:${consultant.email.toLowerCase()}`);
  });

  it('sends a receipt for a submitted application to the submitter and the contact person', async () => {
    const agent = await t.loginAs('coordinator', { municipalityCode: '0461' });
    const institutionId = (await buildInstitution(t.database, { municipalityCode: '0461' })).institution.id;
    const roundId = await buildRound(t.database, {});
    const draft = Application.parse((await agent.post(`/api/v1/rounds/${roundId}/applications`, {})).json());
    const content: ApplicationContent = {
      contactName: 'Mette Holm',
      contactEmail: 'mette.holm@odense.example',
      contactPhone: '72 33 33 33',
      institutions: [{ institutionId, vulnerableFamiliesShare: 34, needDocumentation: 'Opgørelse fra 2026.' }],
      familyDaycareShare: 42,
      motivation: 'Vi vil styrke læringsmiljøet.',
      managementBacking: 'Direktionen bakker op.',
      resourceCommitment: 'Vi afsætter tid.',
      directorName: 'Lars Berg',
      directorTitle: 'Direktør',
      directorSignedOn: '2026-11-20',
      evaluationCommitment: true,
    };
    expect((await agent.put(`/api/v1/applications/${draft.id}`, { version: 1, content })).statusCode).toBe(200);
    const uploaded = await agent.request({
      method: 'PUT',
      url: `/api/v1/applications/${draft.id}/director-commitment`,
      ...multipartFile(await samplePdf(), 'erklaering.pdf'),
    });
    const { version } = Application.parse(uploaded.json());
    const mails = await mailsOf(async () => {
      const res = await agent.post(`/api/v1/applications/${draft.id}/submit`, { version });
      expect(res.statusCode, res.body).toBe(200);
    });
    expect(mails.map((m) => (m.to as { value: { address: string }[] }).value[0]!.address).sort()).toEqual(
      [agent.person.email, 'mette.holm@odense.example'].sort(),
    );
    const receipt = mails[0]!;
    expect(receipt.subject).toMatch(/^Kvittering: Odense Kommunes ansøgning til .* er modtaget$/);
    expect(receipt.text).toContain('Vi har modtaget Odense Kommunes ansøgning');
    linkIn(receipt, `/ansoegninger/${draft.id}`);
  });
});
