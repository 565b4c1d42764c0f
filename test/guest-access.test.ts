import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { TrialWithLogs } from '../src/shared/contracts/trials.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * Issue 10 point 2, the first record-based grant (access/meetings.ts): a
 * person invited to a meeting as a guest – here the municipality's health
 * visitor, a partner, whose role sees no course – reads that meeting (agenda,
 * decisions, the trials agreed there, the minutes once approved) and nothing
 * else of the course: its other meetings, the course, its trials, self-analysis,
 * change model and dashboard are 404. Uninvited, the meeting is 404 too.
 */
let t: TestApp;
let coordinator: Agent;
let chief: Agent;
let partner: PersonAgent;
let otherPartner: Agent;
let partnerId: string;
let courseId: string;
let invitedTo: string;
let other: string;

const url = (id: string, rest = '') => `/api/v1/meetings/${id}${rest}`;

async function invite(meetingId: string, userIds: string[]) {
  const current = Meeting.parse((await coordinator.get(url(meetingId))).json());
  const res = await coordinator.put(url(meetingId, '/participants'), {
    version: current.version,
    participants: userIds.map((id) => ({
      userId: id,
      name: 'Sundhedsplejerske',
      participantRole: 'partner',
      attended: null,
      hours: null,
    })),
  });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp({ INDSATS_CLOCK: '2027-09-01' });
  [coordinator, chief, partner, otherPartner] = await Promise.all([
    t.loginAs('coordinator', { municipalityCode: '0860' }),
    t.loginAs('daycare_chief', { municipalityCode: '0860' }),
    t.loginAs('partner', { municipalityCode: '0860' }),
    t.loginAs('partner', { municipalityCode: '0217' }),
  ]);
  partnerId = partner.person.id;
  ({ courseId } = await buildCourse(t.database, { municipalityCode: '0860' }));
  const steering = (await meetingsOf(t.database, courseId))
    .filter((m) => m.kind === 'steering')
    .sort((a, b) => a.sequence - b.sequence);
  const [first, second] = steering;
  if (!first || !second) throw new Error('the typical plan has steering-group meetings');
  invitedTo = first.id;
  other = second.id;
  await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .update(courseMeetings)
      .set({ date: '2027-09-15', startTime: '09:00', endTime: '11:00' })
      .where(eq(courseMeetings.id, invitedTo)),
  );
  await invite(invitedTo, [partnerId]);
});
afterAll(() => t.close());

describe('a guest invited to one meeting', () => {
  it('reads that meeting, as a guest, with the trials agreed there and the minutes only once approved', async () => {
    const agreed = await coordinator.post(url(invitedTo, '/trials'), {
      description: 'Fælles hjemmebesøg',
      responsible: 'Sundhedsplejen',
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    const trialId = TrialWithLogs.parse(agreed.json()).id;
    const saved = await coordinator.put(url(invitedTo, '/minutes'), {
      baseVersion: 0,
      minutesHtml: '<p>Udkast om familierne</p>',
      decisions: ['Vi prøver fælles hjemmebesøg'],
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const draft = Meeting.parse((await partner.get(url(invitedTo))).json());
    expect(draft.guest).toBe(true);
    expect(draft.minutes).toMatchObject({ html: '', status: 'draft', updatedBy: null });
    expect(draft.trials.map((x) => x.id)).toEqual([trialId]);
    expect(draft.earlierTrials).toEqual([]);
    expect(Object.values(draft.allowed).every((a) => a === false)).toBe(true);

    const approved = await chief.post(url(invitedTo, '/minutes/approve'), {
      version: Meeting.parse(saved.json()).minutes.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const read = Meeting.parse((await partner.get(url(invitedTo))).json());
    expect(read.minutes).toMatchObject({ html: '<p>Udkast om familierne</p>', status: 'approved' });
    expect(read.decisions).toEqual(['Vi prøver fælles hjemmebesøg']);

    // The read is audited, and says it was read as a guest.
    const rows = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'meeting.read'),
            eq(auditLog.entityId, invitedTo),
            eq(auditLog.actorUserId, partnerId),
          ),
        ),
    );
    expect(rows.length).toBe(2);
    expect(rows.every((r) => (r.details as { readAs?: string }).readAs === 'guest')).toBe(true);

    // Those who read the course do not read it as guests.
    expect(Meeting.parse((await coordinator.get(url(invitedTo))).json()).guest).toBe(false);
  });

  it('gets 404 on the course, its other meetings, trials, self-analysis, change model and dashboard', async () => {
    const trial = TrialWithLogs.parse(
      (await coordinator.post(url(invitedTo, '/trials'), { description: 'Sprogkuffert', responsible: 'Stuen' })).json(),
    );
    for (const path of [
      url(other),
      `/api/v1/courses/${courseId}`,
      `/api/v1/courses/${courseId}/trials`,
      `/api/v1/trials/${trial.id}`,
      `/api/v1/courses/${courseId}/self-analysis`,
      `/api/v1/courses/${courseId}/change-model`,
      `/api/v1/courses/${courseId}/dashboard`,
      `/api/v1/courses/${courseId}/schedule`,
    ]) {
      expect((await partner.get(path)).statusCode, path).toBe(404);
    }
    expect((await partner.get('/api/v1/courses')).json().items).toEqual([]);
  });

  it('finds the meeting in the calendar, and no other', async () => {
    const res = await partner.get('/api/v1/calendar?from=2027-08-01&to=2028-07-31');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items.map((i: { meetingId: string }) => i.meetingId)).toEqual([invitedTo]);
  });

  it('may change nothing of it', async () => {
    expect(
      (await partner.put(url(invitedTo, '/agenda'), { version: 1, agenda: 'Min dagsorden', location: '' })).statusCode,
    ).toBe(403);
    expect((await partner.post(url(invitedTo, '/trials'), { description: 'X', responsible: 'Y' })).statusCode).toBe(
      403,
    );
  });
});

describe('a partner who is not invited', () => {
  it('gets 404 on the meeting: another municipality’s partner, and the guest once taken off the list', async () => {
    expect((await otherPartner.get(url(invitedTo))).statusCode).toBe(404);
    const meetingToLeave = other;
    await invite(meetingToLeave, [partnerId]);
    expect((await partner.get(url(meetingToLeave))).statusCode).toBe(200);
    await invite(meetingToLeave, []);
    expect((await partner.get(url(meetingToLeave))).statusCode).toBe(404);
  });
});
