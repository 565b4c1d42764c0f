import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingParticipants } from '../src/server/db/schema-course-work.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { TrialWithLogs } from '../src/shared/contracts/trials.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildInstitution } from './helpers/factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * Issue 9 point 11 (ADR 10, "Who reads a course"): leaders and staff read
 * the working groups of their own institutions and the meetings they are
 * invited to – not another institution's working group, its minutes or its
 * trials, in no list, dashboard or calendar either. The coordinator, the head
 * of daycare and the consultant (and the admin) read all. The test's leader
 * and staff member work in the course's first institution (group ag-1); ag-2
 * is the other institution's group. The course is in a municipality the demo
 * does not use, so the calendars hold only what this file builds.
 */
const MUNICIPALITY = '0101';
let t: TestApp;
let admin: Agent;
let consultant: Agent;
let coordinator: Agent;
let chief: Agent;
let leader: Agent;
let staff: PersonAgent;
let courseId: string;
const m: Record<string, string> = {};
let ownTrial: string;
let otherTrial: string;
let courseWideTrial: string;

async function setMeeting(id: string, values: Partial<typeof courseMeetings.$inferInsert>) {
  await inMaintenanceTx(t.database.db, (tx) => tx.update(courseMeetings).set(values).where(eq(courseMeetings.id, id)));
}

async function agree(meetingId: string, description: string): Promise<string> {
  const res = await coordinator.post(`/api/v1/meetings/${meetingId}/trials`, { description, responsible: 'Stuen' });
  expect(res.statusCode, res.body).toBe(201);
  return TrialWithLogs.parse(res.json()).id;
}

beforeAll(async () => {
  t = await startTestApp();
  // The people are there before the course, so its meetings invite them as they would in the app.
  const institutionIds = [
    (await buildInstitution(t.database, { municipalityCode: MUNICIPALITY })).institution.id,
    (await buildInstitution(t.database, { municipalityCode: MUNICIPALITY })).institution.id,
  ];
  const ownInstitution = { municipalityCode: MUNICIPALITY, institutionId: institutionIds[0]! };
  const courseConsultant = await t.buildPerson({ role: 'consultant' });
  [admin, consultant, coordinator, chief, leader, staff] = await Promise.all([
    t.loginAs('national_admin'),
    t.loginPerson(courseConsultant),
    t.loginAs('coordinator', { municipalityCode: MUNICIPALITY }),
    t.loginAs('daycare_chief', { municipalityCode: MUNICIPALITY }),
    t.loginAs('daycare_leader', ownInstitution),
    t.loginAs('staff', ownInstitution),
  ]);
  courseId = (
    await buildCourse(t.database, { municipalityCode: MUNICIPALITY, institutionIds, consultantId: courseConsultant.id })
  ).courseId;
  const meetings = await meetingsOf(t.database, courseId);
  const find = (kind: string, group: string | null, sequence: number) => {
    const found = meetings.find((x) => x.kind === kind && x.groupKey === group && x.sequence === sequence);
    if (!found) throw new Error(`no ${kind} ${group ?? ''} ${sequence}`);
    return found.id;
  };
  Object.assign(m, {
    own1: find('working_group', 'ag-1', 1),
    other1: find('working_group', 'ag-2', 1),
    other2: find('working_group', 'ag-2', 2),
    other3: find('working_group', 'ag-2', 3),
    steering1: find('steering', null, 1),
    steering2: find('steering', null, 2),
    leaderSparring: find('leader_sparring', null, 1),
  });
  await setMeeting(m.own1!, { date: '2027-09-06', startTime: '09:00', endTime: '11:00' });
  await setMeeting(m.other1!, { date: '2027-09-07', startTime: '09:00', endTime: '11:00' });
  // Took place (a past date) without approved minutes: owed on the dashboard.
  await setMeeting(m.other2!, { date: '2026-10-05', startTime: '09:00', endTime: '11:00', status: 'held' });
  const minutes = await coordinator.put(`/api/v1/meetings/${m.other1}/minutes`, {
    baseVersion: 0,
    minutesHtml: '<p>Ida græder ved aflevering</p>',
    decisions: [],
  });
  expect(minutes.statusCode, minutes.body).toBe(200);
  ownTrial = await agree(m.own1!, 'Dialogisk læsning');
  otherTrial = await agree(m.other1!, 'Billedstøtte ved garderoben');
  courseWideTrial = await agree(m.steering1!, 'Fælles sprogindsats');
  // The staff member is invited to the second steering meeting and to one of the other group's meetings.
  const staffUser = staff.person;
  await inMaintenanceTx(t.database.db, (tx) =>
    tx.insert(meetingParticipants).values([
      { meetingId: m.steering2!, userId: staffUser.id, name: staffUser.name, participantRole: 'staff' },
      { meetingId: m.other3!, userId: staffUser.id, name: staffUser.name, participantRole: 'staff' },
    ]),
  );
});
afterAll(() => t.close());

const ids = (items: { id: string }[]) => items.map((x) => x.id);

describe('leaders and staff read their own working groups and the meetings they are invited to', () => {
  it('another institution’s working-group meeting, its minutes, trial and invitation are 404', async () => {
    for (const agent of [staff, leader]) {
      expect((await agent.get(`/api/v1/meetings/${m.other1}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/v1/meetings/${m.other2}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/v1/trials/${otherTrial}`)).statusCode).toBe(404);
      expect((await agent.get(`/api/v1/meetings/${m.other1}/invitation.ics`)).statusCode).toBe(404);
      expect((await agent.get(`/api/v1/meetings/${m.own1}`)).statusCode).toBe(200);
      expect((await agent.get(`/api/v1/trials/${ownTrial}`)).statusCode).toBe(200);
      expect((await agent.get(`/api/v1/trials/${courseWideTrial}`)).statusCode).toBe(200);
      expect((await agent.get(`/api/v1/meetings/${m.own1}/invitation.ics`)).statusCode).toBe(200);
    }
    // Logging or agreeing there changes nothing: the trial does not exist for them.
    const log = { triedOn: '2026-12-01', whatTried: 'x', whatHappened: 'y', reflection: '' };
    expect((await staff.post(`/api/v1/trials/${otherTrial}/logs`, log)).statusCode).toBe(404);
    expect(
      (await leader.post(`/api/v1/meetings/${m.other1}/trials`, { description: 'x', responsible: 'y' })).statusCode,
    ).toBe(404);
    expect(TrialWithLogs.parse((await coordinator.get(`/api/v1/trials/${otherTrial}`)).json()).logCount).toBe(0);
  });

  it('the meetings they are invited to are theirs to read, others of the course are not', async () => {
    expect((await staff.get(`/api/v1/meetings/${m.steering2}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/meetings/${m.other3}`)).statusCode).toBe(200);
    expect((await staff.get(`/api/v1/meetings/${m.steering1}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/v1/meetings/${m.leaderSparring}`)).statusCode).toBe(200);
    expect((await leader.get(`/api/v1/meetings/${m.steering2}`)).statusCode).toBe(404);
  });

  it('lists filter: the course page, its trials, the schedule and the dashboard', async () => {
    const course = (await staff.get(`/api/v1/courses/${courseId}`)).json<{ meetings: { id: string }[] }>();
    expect(ids(course.meetings)).toEqual(expect.arrayContaining([m.own1, m.steering2, m.other3]));
    expect(ids(course.meetings)).not.toEqual(expect.arrayContaining([m.other1]));
    expect(ids(course.meetings)).not.toContain(m.other2);
    expect(ids(course.meetings)).not.toContain(m.steering1);

    const trials = (await staff.get(`/api/v1/courses/${courseId}/trials?pageSize=100`)).json<{
      items: { id: string; allowed: { openMeeting: boolean } }[];
      page: { total: number };
    }>();
    expect(ids(trials.items).sort()).toEqual([ownTrial, courseWideTrial].sort());
    expect(trials.page.total).toBe(2);
    // The course-wide trial was agreed at a steering meeting the staff member may not open: no link to it.
    expect(Object.fromEntries(trials.items.map((x) => [x.id, x.allowed.openMeeting]))).toEqual({
      [ownTrial]: true,
      [courseWideTrial]: false,
    });

    const schedule = (await leader.get(`/api/v1/courses/${courseId}/schedule`)).json<{ meetings: { id: string }[] }>();
    expect(ids(schedule.meetings)).toContain(m.own1);
    expect(ids(schedule.meetings)).toContain(m.leaderSparring);
    expect(ids(schedule.meetings)).not.toContain(m.other1);

    const dashboard = (await staff.get(`/api/v1/courses/${courseId}/dashboard`)).json<{
      timeline: { id: string }[];
      openTrials: { total: number; items: { id: string }[] };
      owed: { kind: string; meetingId?: string }[];
    }>();
    expect(ids(dashboard.timeline)).toContain(m.own1);
    expect(ids(dashboard.timeline)).not.toContain(m.other1);
    expect(ids(dashboard.timeline)).not.toContain(m.other2);
    expect(ids(dashboard.openTrials.items)).not.toContain(otherTrial);
    expect(dashboard.openTrials.total).toBe(2);
    expect(dashboard.owed.map((o) => o.meetingId)).not.toContain(m.other2);
  });

  it('the calendar and the personal feed show only the meetings they may read', async () => {
    const calendar = (await staff.get('/api/v1/calendar?from=2027-09-01&to=2027-09-30')).json<{
      items: { meetingId: string }[];
    }>();
    expect(calendar.items.map((i) => i.meetingId)).toEqual([m.own1]);
    const feed = await staff.post('/api/v1/calendar/feed');
    expect(feed.statusCode, feed.body).toBe(201);
    const ics = (await t.anonymous.get(new URL(feed.json<{ url: string }>().url).pathname)).body;
    expect(ics).toContain(`UID:${m.own1}@indsats`);
    expect(ics).not.toContain(`UID:${m.other1}@indsats`);
  });
});

describe('the coordinator, the head of daycare, the consultant and the admin read every working group', () => {
  it('reads the other institution’s meeting and trial and sees them in the lists', async () => {
    for (const agent of [coordinator, chief, consultant, admin]) {
      const meeting = await agent.get(`/api/v1/meetings/${m.other1}`);
      expect(meeting.statusCode).toBe(200);
      expect(meeting.json<{ minutes: { html: string } }>().minutes.html).toContain('Ida');
      expect((await agent.get(`/api/v1/trials/${otherTrial}`)).statusCode).toBe(200);
      const course = (await agent.get(`/api/v1/courses/${courseId}`)).json<{ meetings: { id: string }[] }>();
      expect(ids(course.meetings)).toEqual(expect.arrayContaining([m.other1, m.other2, m.steering1]));
      const trials = (await agent.get(`/api/v1/courses/${courseId}/trials?pageSize=100`)).json<{
        items: { id: string }[];
      }>();
      expect(ids(trials.items)).toContain(otherTrial);
      const dashboard = (await agent.get(`/api/v1/courses/${courseId}/dashboard`)).json<{
        timeline: { id: string }[];
        owed: { meetingId?: string }[];
      }>();
      expect(ids(dashboard.timeline)).toContain(m.other1);
      expect(dashboard.owed.map((o) => o.meetingId)).toContain(m.other2);
    }
    const calendar = (await coordinator.get('/api/v1/calendar?from=2027-09-01&to=2027-09-30')).json<{
      items: { meetingId: string }[];
    }>();
    expect(calendar.items.map((i) => i.meetingId)).toEqual([m.own1, m.other1]);
  });
});
