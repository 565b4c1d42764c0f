import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { Application, type ApplicationContent } from '../src/shared/contracts/applications.js';
import { Round } from '../src/shared/contracts/rounds.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../src/server/seed/demo-rounds.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse, loginCourseTeam } from './helpers/courses-factories.js';
import { buildInstitution } from './helpers/factories.js';
import {
  expectLink,
  mailsTo,
  PUBLIC,
  recipientOf,
  startMailTestApp,
  type MailTestApp,
} from './helpers/mail-test-app.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import type { TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

/** Every notification kind through a real SMTP server, parsed: Danish text, a working link, real invitations. */
let m: MailTestApp;
let t: TestApp;
/** The agency as organiser of meetings without a consultant (INDSATS_MAIL_ORGANIZER). */
const ORGANIZER = 'indsats@styrelsen.example';

beforeAll(async () => {
  m = await startMailTestApp({ INDSATS_MAIL_ORGANIZER: `Socialstyrelsen – Indsats <${ORGANIZER}>` });
  t = m.t;
});
afterAll(() => m.close());

const mailsOf = (work: () => Promise<unknown>) => m.mailsOf(work);
const linkIn = expectLink;

function invitationOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, 'the mail carries an .ics').toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  const organizer = event.getFirstProperty('organizer')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    organizer: String(organizer.getFirstValue()).toLowerCase(),
    organizerName: organizer.getParameter('cn'),
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
    const [toCoordinator] = mailsTo(dated, coordinator.email);
    expect(toCoordinator!.subject).toMatch(/^Invitation: .* tirsdag den 7\. september 2027 kl\. 10\.00–12\.00$/);
    expect(toCoordinator!.text).toContain('Hej Tove Tovholder');
    expect(toCoordinator!.text).toContain('Du er inviteret til et møde');
    expect(toCoordinator!.text).toContain('- Plan for året');
    linkIn(toCoordinator!, `/forloeb/${courseId}/moeder/${meeting.id}`);
    const first = invitationOf(toCoordinator!);
    expect(first.method).toBe('REQUEST');
    expect(first.uid).toBe(`${meeting.id}@indsats`);
    expect(first.organizer).toBe(`mailto:${consultant.email.toLowerCase()}`);
    expect(first.attendees).toEqual(
      expect.arrayContaining([`mailto:${coordinator.email.toLowerCase()}`, `mailto:${consultant.email.toLowerCase()}`]),
    );
    expect(first.description).toContain('Dagsorden:\n- Velkomst\n- Plan for året');
    expect(first.description).toContain(`${PUBLIC}/forloeb/${courseId}/moeder/${meeting.id}`);

    const moved = await mailsOf(() => move('2027-09-14', '09:00', '11:00'));
    const [movedMail] = mailsTo(moved, coordinator.email);
    expect(movedMail!.subject).toContain('Mødet er flyttet');
    const second = invitationOf(movedMail!);
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
    const [cancelMail] = mailsTo(cancelled, coordinator.email);
    expect(cancelMail!.subject).toMatch(/^Aflyst: .*tirsdag den 14\. september 2027/);
    const third = invitationOf(cancelMail!);
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
    expect(mails.map(recipientOf).sort()).toEqual([agent.person.email, 'mette.holm@odense.example'].sort());
    const receipt = mails[0]!;
    expect(receipt.subject).toMatch(/^Kvittering: Odense Kommunes ansøgning til .* er modtaget$/);
    expect(receipt.text).toContain('Vi har modtaget Odense Kommunes ansøgning');
    linkIn(receipt, `/ansoegninger/${draft.id}`);
  });
  it('invites as the configured agency organiser when the course has no consultant', async () => {
    const coordinator = await t.buildPerson({ role: 'coordinator', municipalityCode: '0147' });
    const { courseId } = await buildCourse(t.database, { municipalityCode: '0147', consultantId: null });
    const kickoff = (await meetingsOf(t.database, courseId)).find((x) => x.kind === 'kickoff')!;
    const admin = await t.loginAs('national_admin');
    const [mail] = mailsTo(
      await mailsOf(async () => {
        const res = await admin.patch(`/api/v1/meetings/${kickoff.id}/schedule`, {
          version: kickoff.version,
          date: '2027-09-08',
          start: '09:00',
          end: '11:00',
        });
        expect(res.statusCode, res.body).toBe(200);
      }),
      coordinator.email,
    );
    const invitation = invitationOf(mail!);
    expect(invitation).toMatchObject({ method: 'REQUEST', organizer: `mailto:${ORGANIZER}` });
    expect(invitation.organizerName).toBe('Socialstyrelsen – Indsats');
    expect(mail!.text).toContain(`Arrangør: Socialstyrelsen – Indsats (${ORGANIZER})`);
    linkIn(mail!, `/forloeb/${courseId}/moeder/${kickoff.id}`);
  });

  it('tells a newly assigned assessor what to score and by when, once', async () => {
    const admin = await t.loginAs('national_admin');
    const first = await t.buildPerson({ role: 'assessor', name: 'Bente Bedømmer' });
    const second = await t.buildPerson({ role: 'assessor' });
    const roundId = await buildRound(t.database, { name: 'Runde for bedømmere', courseStart: '2028-01-03' });
    const assign = (userIds: string[]) => async () => {
      const res = await admin.put(`/api/v1/rounds/${roundId}/assessors`, { userIds });
      expect(res.statusCode, res.body).toBe(200);
    };
    const mails = await mailsOf(assign([first.id]));
    expect(mails.map(recipientOf)).toEqual([first.email]);
    expect(mails[0]!.subject).toBe('Du er sat på som bedømmer i Runde for bedømmere');
    expect(mails[0]!.text).toContain('Hej Bente Bedømmer');
    expect(mails[0]!.text).toContain('De skal være bedømt senest mandag den 3. januar 2028.');
    expect(mails[0]!.text).toMatch(/Ansøgningsfristen er \p{L}+dag den \d+\. \p{L}+ \d{4} kl\. \d\d\.\d\d/u);
    linkIn(mails[0]!, '/bedoemmelser');
    // Adding a second assessor tells only the new one.
    expect((await mailsOf(assign([first.id, second.id]))).map(recipientOf)).toEqual([second.email]);
  });

  it('tells the coordinators who chose it that a round has opened, and no one else', async () => {
    const admin = await t.loginAs('national_admin');
    const wants = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const silent = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const chose = await wants.put('/api/v1/me/notification-preferences', {
      items: [{ kind: 'round_opened', delivery: 'immediate' }],
    });
    expect(chose.statusCode, chose.body).toBe(200);
    let roundId = '';
    const mails = await mailsOf(async () => {
      const res = await admin.post('/api/v1/rounds', {
        name: 'August 2028 – juni 2029',
        courseStart: '2028-08-01',
        courseEnd: '2029-06-30',
        deadline: '2027-03-01T12:00:00+01:00',
        capacity: 5,
        criteria: DEFAULT_CRITERIA,
        requirements: DEFAULT_REQUIREMENTS,
        balanceRules: {},
      });
      expect(res.statusCode, res.body).toBe(201);
      roundId = Round.parse(res.json()).id;
    });
    expect(mailsTo(mails, silent.person.email)).toEqual([]);
    const [mail] = mailsTo(mails, wants.person.email);
    expect(mail!.subject).toBe('Ny ansøgningsrunde: August 2028 – juni 2029, frist mandag den 1. marts 2027 kl. 12.00');
    expect(mail!.text).toContain('Forløbet løber fra tirsdag den 1. august 2028 til lørdag den 30. juni 2029.');
    linkIn(mail!, `/runder/${roundId}`);

    // Closed, then its deadline moved into the future: it opens again, and they hear of it again.
    await setDeadline(t.database, roundId, new Date(t.now().getTime() - 60_000));
    const reopened = await mailsOf(async () => {
      const res = await admin.patch(`/api/v1/rounds/${roundId}`, { version: 1, deadline: '2027-03-08T12:00:00+01:00' });
      expect(res.statusCode, res.body).toBe(200);
    });
    expect(mailsTo(reopened, wants.person.email).map((x) => x.subject)).toEqual([
      'Ansøgningsrunden er åbnet igen: August 2028 – juni 2029, ny frist mandag den 8. marts 2027 kl. 12.00',
    ]);
    expect(mailsTo(reopened, silent.person.email)).toEqual([]);
  });

  it('sends the agreement to sign to the coordinators and contact, and tells the agency when it is signed', async () => {
    const admin = await t.loginAs('national_admin');
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const assessor = await t.loginAs('assessor');
    const institutionId = (await buildInstitution(t.database, { municipalityCode: '0101' })).institution.id;
    const roundId = await buildRound(t.database, { assessorIds: [assessor.person.id], name: 'Aftalerunden' });
    const appId = await buildSubmittedApplication(t.database, {
      roundId,
      municipalityCode: '0101',
      content: {
        contactName: 'Mette Holm',
        contactEmail: 'mette@koebenhavn.example',
        institutions: [{ institutionId, vulnerableFamiliesShare: 30, needDocumentation: 'Opgørelse' }],
      },
    });
    await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
    await assess(assessor, appId, [5, 5, 5]);
    expect(
      (await admin.put(`/api/v1/rounds/${roundId}/decision`, { selected: ['0101'], waitlist: [] })).statusCode,
    ).toBe(200);
    const published = await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, { version: 1, confirmed: true });
    expect(published.statusCode, published.body).toBe(200);

    const sent = await mailsOf(async () => {
      const res = await admin.post(`/api/v1/applications/${appId}/agreement`, { confirmed: true });
      expect(res.statusCode, res.body).toBe(201);
    });
    const toSign = [...mailsTo(sent, coordinator.person.email), ...mailsTo(sent, 'mette@koebenhavn.example')];
    expect(toSign).toHaveLength(2);
    for (const mail of toSign) {
      expect(mail.subject).toBe('Samarbejdsaftale til underskrift: København Kommune, Aftalerunden');
      expect(mail.text).toContain('læg den underskrevne aftale op som PDF');
      linkIn(mail, `/ansoegninger/${appId}`);
    }
    expect(mailsTo(sent, 'mette@koebenhavn.example')[0]!.text).toContain('Hej Mette Holm');

    const signed = await mailsOf(async () => {
      const res = await coordinator.request({
        method: 'PUT',
        url: `/api/v1/applications/${appId}/agreement/signed`,
        ...multipartFile(await samplePdf(), 'aftale.pdf'),
      });
      expect(res.statusCode, res.body).toBe(200);
    });
    const [toAgency] = mailsTo(signed, admin.person.email);
    expect(toAgency!.subject).toBe('Samarbejdsaftale underskrevet: København Kommune, Aftalerunden');
    expect(toAgency!.text).toContain('Kommunens forløb er oprettet ud fra den typiske plan.');
    linkIn(toAgency!, `/ansoegninger/${appId}`);
    const [receipt] = mailsTo(signed, coordinator.person.email);
    expect(receipt!.subject).toBe('Kvittering: samarbejdsaftalen er underskrevet, Aftalerunden');
    linkIn(receipt!, `/ansoegninger/${appId}`);
  });

  it('tells the meeting’s participants that the minutes are approved, unless they chose never', async () => {
    const staffed = await buildStaffedCourse(t.database, { municipalityCode: '0751' });
    const team = await loginCourseTeam(t, staffed);
    const courseId = staffed.course.courseId;
    const kickoff = (await meetingsOf(t.database, courseId)).find((x) => x.kind === 'kickoff')!;
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(courseMeetings)
        .set({ date: testToday(), startTime: '09:00', endTime: '11:00', status: 'held' })
        .where(eq(courseMeetings.id, kickoff.id)),
    );
    const saved = await team.consultant.put(`/api/v1/meetings/${kickoff.id}/minutes`, {
      baseVersion: 0,
      minutesHtml: '<p>Vi aftalte en plan.</p>',
      decisions: [],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const never = await team.consultant.put('/api/v1/me/notification-preferences', {
      items: [{ kind: 'minutes_approved', delivery: 'never' }],
    });
    expect(never.statusCode, never.body).toBe(200);
    const mails = await mailsOf(async () => {
      const res = await team.chief.post(`/api/v1/meetings/${kickoff.id}/minutes/approve`, { version: 1 });
      expect(res.statusCode, res.body).toBe(200);
    });
    // The coordinator is told; the head of daycare approved them; the consultant chose never.
    expect(mails.map(recipientOf)).toEqual([staffed.coordinator.email]);
    expect(mails[0]!.subject).toMatch(/^Referatet er godkendt: .+ \p{L}+dag den \d+\. \p{L}+ \d{4}$/u);
    expect(mails[0]!.text).toContain(`er godkendt af ${staffed.chief.name}`);
    linkIn(mails[0]!, `/forloeb/${courseId}/moeder/${kickoff.id}`);
  });
});
