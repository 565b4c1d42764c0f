import { createHash } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarFeeds, consultantAbsences, meetingParticipants } from '../src/server/db/schema-course-work.js';
import { auditLog, courseMeetings, users } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { publicBaseUrl } from '../src/server/modules/calendar/feed-url.js';
import {
  CalendarFeedStatus,
  ConsultantAbsence,
  CreateCalendarFeedResponse,
  ListConsultantAbsencesResponse,
} from '../src/shared/contracts/calendar.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse, type StaffedCourse } from './helpers/courses-factories.js';
import type { TestPerson } from './helpers/people.js';
import { startTestApp, testConfig, type Agent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';

const PUBLIC_URL = 'https://indsats.example';

let t: TestApp;
let consultant: Agent;
let coordinator: Agent;
/** Copenhagen's (0101) and Odense's (0461) courses in one round, both run by one consultant. */
let copenhagen: StaffedCourse;
let odense: StaffedCourse;
/** The people whose feeds and absences the tests look up. */
let people: { consultant: TestPerson; coordinator: TestPerson; otherCoordinator: TestPerson; admin: TestPerson };
type MeetingRow = Awaited<ReturnType<typeof meetingsOf>>[number];
let meetings: MeetingRow[];

const byKind = (rows: MeetingRow[], kind: MeetingRow['kind'], sequence = 1) => {
  const found = rows.find(
    (m) => m.kind === kind && m.sequence === sequence && (kind !== 'working_group' || m.groupKey === 'ag-1'),
  );
  if (!found) throw new Error(`no ${kind} ${sequence}`);
  return found;
};

/** Writes what the scheduling routes would (they are another module's work): date, time, place, status, version. */
function setMeeting(id: string, values: Partial<typeof courseMeetings.$inferInsert>) {
  return inMaintenanceTx(t.database.db, (tx) => tx.update(courseMeetings).set(values).where(eq(courseMeetings.id, id)));
}

/** Makes `meetingIds` the only meetings of the user in these courses (the courses' default participants vary). */
async function inviteOnly(invitedUserId: string, courseIds: string[], meetingIds: string[]) {
  await inMaintenanceTx(t.database.db, async (tx) => {
    const ofCourses = tx
      .select({ id: courseMeetings.id })
      .from(courseMeetings)
      .where(inArray(courseMeetings.courseId, courseIds));
    await tx
      .delete(meetingParticipants)
      .where(and(eq(meetingParticipants.userId, invitedUserId), inArray(meetingParticipants.meetingId, ofCourses)));
    for (const meetingId of meetingIds) {
      await tx
        .insert(meetingParticipants)
        .values({ meetingId, userId: invitedUserId, name: 'Inviteret', participantRole: 'coordinator' });
    }
  });
}

const auditOf = (entityId: string) =>
  inMaintenanceTx(t.database.db, (tx) => tx.select().from(auditLog).where(eq(auditLog.entityId, entityId)));

const feedRows = (id: string) =>
  inMaintenanceTx(t.database.db, (tx) => tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, id)));

interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  location: string;
  description: string;
  status: string;
  tzid: string | null;
  startUtc: string;
  endUtc: string;
  localStart: string;
}

/** Parses an iCalendar text with ical.js, resolving times only through the document's own VTIMEZONE. */
function parseCalendar(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  ICAL.TimezoneService.reset();
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart')?.getParameter('tzid');
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: String(vevent.getFirstPropertyValue('status')),
      tzid: typeof tzid === 'string' ? tzid : null,
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
      localStart: event.startDate.toString(),
    };
  });
  return { calendar, events };
}

/** The events of this file's two courses (a feed may hold others). */
const ofTheseCourses = (events: ParsedEvent[]) =>
  events.filter((e) =>
    [copenhagen.course.courseId, odense.course.courseId].some((id) => e.description.includes(`/forloeb/${id}/`)),
  );

async function createFeed(agent: Agent): Promise<CreateCalendarFeedResponse> {
  const res = await agent.post('/api/v1/calendar/feed');
  expect(res.statusCode, res.body).toBe(201);
  return CreateCalendarFeedResponse.parse(res.json());
}

async function readFeed(url: string) {
  const res = await t.anonymous.get(new URL(url).pathname);
  return { res, parsed: res.statusCode === 200 ? parseCalendar(res.body) : null };
}

beforeAll(async () => {
  t = await startTestApp({ INDSATS_PUBLIC_URL: PUBLIC_URL });
  copenhagen = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  odense = await buildStaffedCourse(t.database, {
    municipalityCode: '0461',
    roundId: copenhagen.course.roundId,
    consultant: copenhagen.consultant,
  });
  people = {
    consultant: copenhagen.consultant!,
    coordinator: copenhagen.coordinator,
    otherCoordinator: odense.coordinator,
    admin: await t.buildPerson({ role: 'national_admin' }),
  };
  consultant = await t.loginPerson(people.consultant);
  coordinator = await t.loginPerson(people.coordinator);
  meetings = await meetingsOf(t.database, copenhagen.course.courseId);
  // Both sides of the autumn change (31 Oct 2027) and of the spring change (26 Mar 2028).
  await setMeeting(byKind(meetings, 'kickoff').id, {
    date: '2027-10-29',
    startTime: '10:00',
    endTime: '12:00',
    location: 'Rådhuset, Rådhuspladsen 1, København',
    agenda: 'Dagsordenens-tekst',
    minutesHtml: '<p>Referatets-tekst</p>',
  });
  await setMeeting(byKind(meetings, 'steering', 1).id, { date: '2027-11-01', startTime: '10:00', endTime: '12:00' });
  await setMeeting(byKind(meetings, 'steering', 2).id, { date: '2028-03-24', startTime: '10:00', endTime: '11:30' });
  await setMeeting(byKind(meetings, 'steering', 3).id, { date: '2028-03-27', startTime: '10:00', endTime: '11:30' });
  await setMeeting(byKind(meetings, 'sparring', 1).id, { date: '2020-01-06', startTime: '09:00', endTime: '10:00' }); // long past
  const themeDays = [...meetings, ...(await meetingsOf(t.database, odense.course.courseId))].filter(
    (m) => m.kind === 'theme_day',
  );
  for (const m of themeDays) await setMeeting(m.id, { date: '2028-01-20', startTime: '09:00', endTime: '15:00' });
});
afterAll(() => t.close());

describe('personal calendar feed', () => {
  it('refuses anonymous callers and roles without courses, and changes nothing', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expect((await t.anonymous.request({ method, url: '/api/v1/calendar/feed' })).statusCode).toBe(401);
    }
    const assessor = await t.loginAs('assessor');
    expect((await assessor.post('/api/v1/calendar/feed')).statusCode).toBe(403);
    expect((await assessor.get('/api/v1/calendar/feed')).statusCode).toBe(403);
    expect(await feedRows(assessor.person.id)).toEqual([]);
    expect((await t.anonymous.get('/api/v1/calendar/feeds/not-a-token')).statusCode).toBe(404);
    expect((await t.anonymous.get(`/api/v1/calendar/feeds/${'A'.repeat(43)}`)).statusCode).toBe(404);
  });

  it('creates a secret address shown once, stores only its hash, and audits it', async () => {
    const before = CalendarFeedStatus.parse((await consultant.get('/api/v1/calendar/feed')).json());
    expect(before).toEqual({ active: false, createdAt: null, lastUsedAt: null });
    const created = await createFeed(consultant);
    const token = created.url.split('/').pop() ?? '';
    expect(created.url).toBe(`${PUBLIC_URL}/api/v1/calendar/feeds/${token}`);
    expect(created.webcalUrl).toBe(`webcal://indsats.example/api/v1/calendar/feeds/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await feedRows(people.consultant.id);
    expect(row?.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    const statusRes = await consultant.get('/api/v1/calendar/feed');
    expect(statusRes.body).not.toContain(token);
    const status = CalendarFeedStatus.parse(statusRes.json());
    expect(status).toMatchObject({ active: true, createdAt: created.createdAt, lastUsedAt: null });
    const audit = await auditOf(row?.id ?? '');
    expect(audit.map((a) => [a.action, a.chain, a.actorUserId, a.details])).toEqual([
      ['calendar.feed_create', 'auth', people.consultant.id, { feedId: row?.id }],
    ]);
  });

  it('shows a consultant every dated meeting of their courses in Danish time across both daylight-saving changes', async () => {
    const { url } = await createFeed(consultant);
    const { res, parsed } = await readFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body).not.toMatch(/Dagsordenens-tekst|Referatets-tekst/);
    // Stamps in UTC; every DTSTART names the zone whose VTIMEZONE the document carries.
    expect(res.body.match(/^DTSTAMP:.*$/gm)?.every((line) => /^DTSTAMP:\d{8}T\d{6}Z\r?$/.test(line))).toBe(true);
    expect(res.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen');
    const events = ofTheseCourses(parsed?.events ?? []);
    const event = (id: string) => events.find((e) => e.uid === `${id}@indsats`);

    const kickoff = event(byKind(meetings, 'kickoff').id);
    expect(kickoff).toMatchObject({
      tzid: 'Europe/Copenhagen',
      localStart: '2027-10-29T10:00:00',
      startUtc: '2027-10-29T08:00:00.000Z',
      endUtc: '2027-10-29T10:00:00.000Z',
    });
    expect(event(byKind(meetings, 'steering', 1).id)).toMatchObject({
      startUtc: '2027-11-01T09:00:00.000Z',
      endUtc: '2027-11-01T11:00:00.000Z',
    });
    expect(event(byKind(meetings, 'steering', 2).id)?.startUtc).toBe('2028-03-24T09:00:00.000Z');
    expect(event(byKind(meetings, 'steering', 3).id)).toMatchObject({
      startUtc: '2028-03-27T08:00:00.000Z',
      endUtc: '2028-03-27T09:30:00.000Z',
    });

    // Danish letters intact; title and municipality; a link to the meeting's page; nothing else of the meeting.
    expect(kickoff).toMatchObject({
      summary: 'Opstartsmøde med dagtilbudschef og tovholder – København',
      location: 'Rådhuset, Rådhuspladsen 1, København',
      status: 'CONFIRMED',
      sequence: 1,
    });
    expect(kickoff?.description).toContain('Mødetype: Opstartsmøde');
    expect(kickoff?.description).toContain(
      `${PUBLIC_URL}/forloeb/${copenhagen.course.courseId}/moeder/${byKind(meetings, 'kickoff').id}`,
    );

    // Undated and long-past meetings are left out; the theme day of the round appears once, by the round's name.
    expect(event(byKind(meetings, 'sparring', 1).id)).toBeUndefined();
    expect(event(byKind(meetings, 'sparring', 2).id)).toBeUndefined();
    const themeDays = events.filter((e) => e.summary.startsWith('Temadag'));
    expect(themeDays).toHaveLength(1);
    expect(themeDays[0]?.summary).toMatch(/^Temadag med rundens kommuner – Testrunde \d+$/);
    expect(themeDays[0]?.description).not.toMatch(/København|Odense/);
    expect(events).toHaveLength(5);
  });

  it('keeps a moved meeting’s UID with a higher SEQUENCE, and keeps a cancelled one as CANCELLED', async () => {
    const { url } = await createFeed(consultant);
    const steering = byKind(meetings, 'steering', 1);
    const kickoff = byKind(meetings, 'kickoff');
    await setMeeting(steering.id, { date: '2027-11-03', startTime: '13:00', endTime: '15:00', version: 2 });
    await setMeeting(kickoff.id, { status: 'cancelled', version: 2 });
    const events = (await readFeed(url)).parsed?.events ?? [];
    expect(events.find((e) => e.uid === `${steering.id}@indsats`)).toMatchObject({
      sequence: 2,
      startUtc: '2027-11-03T12:00:00.000Z',
    });
    expect(events.find((e) => e.uid === `${kickoff.id}@indsats`)).toMatchObject({ sequence: 2, status: 'CANCELLED' });
    await setMeeting(kickoff.id, { status: 'planned', version: 3 });
  });

  it('shows everyone else only the meetings they are invited to, in courses they may still see', async () => {
    const kickoff = byKind(meetings, 'kickoff');
    const working = byKind(meetings, 'working_group', 1);
    const theirThemeDay = (await meetingsOf(t.database, odense.course.courseId)).find((m) => m.kind === 'theme_day');
    await setMeeting(working.id, { date: '2027-11-10', startTime: '09:00', endTime: '11:00' });
    const courses = [copenhagen.course.courseId, odense.course.courseId];
    await inviteOnly(people.coordinator.id, courses, [kickoff.id]);
    // Odense's coordinator on a Copenhagen meeting (not their course: never shown) and on their own theme day.
    await inviteOnly(people.otherCoordinator.id, courses, [working.id, theirThemeDay?.id ?? '']);
    const own = (await readFeed((await createFeed(coordinator)).url)).parsed;
    expect(ofTheseCourses(own?.events ?? []).map((e) => e.uid)).toEqual([`${kickoff.id}@indsats`]);
    const other = (await readFeed((await createFeed(await t.loginPerson(people.otherCoordinator))).url)).parsed;
    expect(other?.events.map((e) => e.uid)).toEqual([`${theirThemeDay?.id ?? ''}@indsats`]);
  });

  it('notes when the feed was last read, at most once a minute', async () => {
    const { url } = await createFeed(coordinator);
    await readFeed(url);
    const first = (await feedRows(people.coordinator.id)).find((f) => f.revokedAt === null)?.lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await readFeed(url);
    const again = (await feedRows(people.coordinator.id)).find((f) => f.revokedAt === null);
    expect(again?.lastUsedAt?.getTime()).toBe(first?.getTime());
    const earlier = new Date(t.now().getTime() - 120_000);
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(calendarFeeds)
        .set({ lastUsedAt: earlier })
        .where(eq(calendarFeeds.id, again?.id ?? '')),
    );
    await readFeed(url);
    const later = (await feedRows(people.coordinator.id)).find((f) => f.revokedAt === null)?.lastUsedAt;
    expect(later?.getTime()).toBeGreaterThan(earlier.getTime());
    const status = CalendarFeedStatus.parse((await coordinator.get('/api/v1/calendar/feed')).json());
    expect(status.lastUsedAt).toBe(later?.toISOString());
  });

  it('stops answering a replaced or revoked address (404), and audits the revocation', async () => {
    const first = await createFeed(coordinator);
    const second = await createFeed(coordinator);
    expect((await readFeed(first.url)).res.statusCode).toBe(404);
    expect((await readFeed(second.url)).res.statusCode).toBe(200);
    const live = (await feedRows(people.coordinator.id)).filter((f) => f.revokedAt === null);
    expect(live).toHaveLength(1);
    // Two clicks at once still leave one live address.
    const both = await Promise.all([
      coordinator.post('/api/v1/calendar/feed'),
      coordinator.post('/api/v1/calendar/feed'),
    ]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    const [stays] = (await feedRows(people.coordinator.id)).filter((f) => f.revokedAt === null);
    expect((await feedRows(people.coordinator.id)).filter((f) => f.revokedAt === null)).toHaveLength(1);
    const liveUrl = both
      .map((r) => CreateCalendarFeedResponse.parse(r.json()).url)
      .find(
        (u) =>
          createHash('sha256')
            .update(u.split('/').pop() ?? '')
            .digest('hex') === stays?.tokenHash,
      );
    expect((await readFeed(liveUrl ?? '')).res.statusCode).toBe(200);
    expect((await coordinator.delete('/api/v1/calendar/feed')).statusCode).toBe(204);
    expect((await readFeed(second.url)).res.statusCode).toBe(404);
    expect((await readFeed(liveUrl ?? '')).res.statusCode).toBe(404);
    expect(CalendarFeedStatus.parse((await coordinator.get('/api/v1/calendar/feed')).json()).active).toBe(false);
    expect((await auditOf(live[0]?.id ?? '')).map((a) => a.action)).toEqual([
      'calendar.feed_create',
      'calendar.feed_revoke',
    ]);
    // Nothing live: nothing to revoke, nothing audited.
    const auditBefore = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.actorUserId, people.coordinator.id)),
    );
    expect((await coordinator.delete('/api/v1/calendar/feed')).statusCode).toBe(204);
    const auditAfter = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.actorUserId, people.coordinator.id)),
    );
    expect(auditAfter).toHaveLength(auditBefore.length);
  });

  it('answers 404 once its user is deactivated', async () => {
    const staff = await t.loginAs('staff', {
      municipalityCode: '0101',
      institutionId: copenhagen.course.institutionIds[0],
    });
    const { url } = await createFeed(staff);
    expect((await readFeed(url)).res.statusCode).toBe(200);
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.update(users).set({ active: false }).where(eq(users.id, staff.person.id)),
    );
    expect((await readFeed(url)).res.statusCode).toBe(404);
  });

  it('links to INDSATS_PUBLIC_URL when it is set, else to the origin the request came to', () => {
    const request = { protocol: 'https', host: 'indsats.kommune.example' } as FastifyRequest;
    expect(publicBaseUrl(testConfig(), request)).toBe('https://indsats.kommune.example');
    expect(publicBaseUrl(testConfig({ INDSATS_PUBLIC_URL: 'https://indsats.example/' }), request)).toBe(
      'https://indsats.example',
    );
  });
});

describe('meeting invitation (.ics)', () => {
  const url = (id: string) => `/api/v1/meetings/${id}/invitation.ics`;

  it('refuses anonymous callers (401), a bad id (400), roles without courses (403)', async () => {
    const id = byKind(meetings, 'kickoff').id;
    expect((await t.anonymous.get(url(id))).statusCode).toBe(401);
    const bad = await coordinator.get(url('ikke-et-id'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('id');
    expect((await (await t.loginAs('assessor')).get(url(id))).statusCode).toBe(403);
  });

  it('is 404 for another municipality’s meeting, a course the consultant does not run, and an undated meeting', async () => {
    expect(
      (await (await t.loginPerson(people.otherCoordinator)).get(url(byKind(meetings, 'kickoff').id))).statusCode,
    ).toBe(404);
    const unassigned = await buildCourse(t.database, { municipalityCode: '0101', consultantId: null });
    const [theirs] = await meetingsOf(t.database, unassigned.courseId);
    await setMeeting(theirs?.id ?? '', { date: '2027-12-01', startTime: '09:00', endTime: '11:00' });
    expect((await consultant.get(url(theirs?.id ?? ''))).statusCode).toBe(404);
    expect((await coordinator.get(url(theirs?.id ?? ''))).statusCode).toBe(200);
    const undated = await coordinator.get(url(byKind(meetings, 'sparring', 3).id));
    expect(undated.statusCode).toBe(404);
    expect(undated.json().detail).toContain('ikke fået en dato');
  });

  it('downloads one meeting as a PUBLISHed invitation with a Danish file name', async () => {
    const steering = byKind(meetings, 'steering', 3);
    const res = await coordinator.get(url(steering.id));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Styregruppemoede 3 Koebenhavn 2028-03-27.ics"; filename*=UTF-8''${encodeURIComponent('Styregruppemøde 3 København 2028-03-27.ics')}`,
    );
    const { calendar, events } = parseCalendar(res.body);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toEqual([
      expect.objectContaining({
        uid: `${steering.id}@indsats`,
        summary: 'Styregruppemøde 3 – København',
        startUtc: '2028-03-27T08:00:00.000Z',
        status: 'CONFIRMED',
      }),
    ]);
    const consultantCopy = parseCalendar((await consultant.get(url(steering.id))).body);
    expect(consultantCopy.events[0]?.uid).toBe(`${steering.id}@indsats`);
  });
});

describe('consultant absences', () => {
  const today = testToday();
  const shift = (days: number) =>
    new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const ownRows = () =>
    inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(consultantAbsences).where(eq(consultantAbsences.userId, people.consultant.id)),
    );

  it('refuses anonymous callers (401) and other roles (403)', async () => {
    expect((await t.anonymous.get('/api/v1/consultant-absences')).statusCode).toBe(401);
    expect(
      (await t.anonymous.post('/api/v1/consultant-absences', { fromDate: shift(10), toDate: shift(11) })).statusCode,
    ).toBe(401);
    expect((await coordinator.get('/api/v1/consultant-absences')).statusCode).toBe(403);
    expect(
      (
        await (
          await t.loginPerson(people.admin)
        ).post('/api/v1/consultant-absences', { fromDate: shift(10), toDate: shift(11) })
      ).statusCode,
    ).toBe(403);
    expect(await ownRows()).toEqual([]);
  });

  it('names the bad field in Danish (400) and stores nothing', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ toDate: shift(2) }, 'fromDate', 'Feltet skal udfyldes'],
      [{ fromDate: '2027-02-30', toDate: shift(2) }, 'fromDate', 'ÅÅÅÅ-MM-DD'],
      [{ fromDate: shift(5), toDate: 'i morgen' }, 'toDate', 'ÅÅÅÅ-MM-DD'],
      [{ fromDate: shift(5), toDate: shift(4) }, 'toDate', 'før startdatoen'],
      [{ fromDate: shift(5), toDate: shift(5 + 2 * 366) }, 'toDate', 'højst vare 2 år'],
      [{ fromDate: shift(5), toDate: shift(6), note: 'x'.repeat(201) }, 'note', '200 tegn'],
      [{ fromDate: shift(5), toDate: shift(6), userId: people.admin.id }, 'userId', ''],
      [{ fromDate: shift(-120), toDate: shift(-100) }, 'toDate', '90 dage'],
    ];
    for (const [body, field, message] of cases) {
      const res = await consultant.post('/api/v1/consultant-absences', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toContainEqual({
        field,
        message: expect.stringContaining(message),
      });
    }
    expect(await ownRows()).toEqual([]);
  });

  it('adds, lists (coming and the last 90 days, a page at a time) and removes the consultant’s own, audited', async () => {
    const res = await consultant.post('/api/v1/consultant-absences', {
      fromDate: shift(30),
      toDate: shift(32),
      note: 'Kursus i Århus',
    });
    expect(res.statusCode, res.body).toBe(201);
    const added = ConsultantAbsence.parse(res.json());
    expect(added).toMatchObject({ fromDate: shift(30), toDate: shift(32), note: 'Kursus i Århus' });
    const longest = ConsultantAbsence.parse(
      (await consultant.post('/api/v1/consultant-absences', { fromDate: '2030-03-01', toDate: '2032-02-29' })).json(),
    );
    const recent = ConsultantAbsence.parse(
      (await consultant.post('/api/v1/consultant-absences', { fromDate: shift(-20), toDate: shift(-18) })).json(),
    );
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.insert(consultantAbsences).values([
        { userId: people.consultant.id, fromDate: shift(-200), toDate: shift(-100), note: 'For længe siden' },
        { userId: people.admin.id, fromDate: shift(3), toDate: shift(4), note: 'En andens' },
      ]),
    );
    const list = ListConsultantAbsencesResponse.parse((await consultant.get('/api/v1/consultant-absences')).json());
    expect(list.items.map((a) => a.id)).toEqual([recent.id, added.id, longest.id]);
    expect(list.total).toBe(3);
    const page2 = ListConsultantAbsencesResponse.parse(
      (await consultant.get('/api/v1/consultant-absences?page=2&pageSize=2')).json(),
    );
    expect(page2).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(page2.items.map((a) => a.id)).toEqual([longest.id]);
    expect((await consultant.get('/api/v1/consultant-absences?pageSize=1000')).statusCode).toBe(400);

    const [theirs] = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(consultantAbsences).where(eq(consultantAbsences.userId, people.admin.id)),
    );
    expect((await consultant.delete(`/api/v1/consultant-absences/${theirs?.id ?? ''}`)).statusCode).toBe(404);
    expect((await consultant.delete('/api/v1/consultant-absences/ikke-et-id')).statusCode).toBe(400);
    expect((await coordinator.delete(`/api/v1/consultant-absences/${added.id}`)).statusCode).toBe(403);
    const stillThere = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(consultantAbsences)
        .where(inArray(consultantAbsences.id, [theirs?.id ?? '', added.id])),
    );
    expect(stillThere).toHaveLength(2);

    expect((await consultant.delete(`/api/v1/consultant-absences/${added.id}`)).statusCode).toBe(204);
    const gone = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(consultantAbsences)
        .where(and(eq(consultantAbsences.id, added.id), eq(consultantAbsences.userId, people.consultant.id))),
    );
    expect(gone).toEqual([]);
    const audit = await auditOf(added.id);
    expect(audit.map((a) => [a.action, a.chain, a.entityType, a.details])).toEqual([
      ['consultant.absence_add', 'change', 'consultant_absence', { fromDate: shift(30), toDate: shift(32) }],
      ['consultant.absence_remove', 'change', 'consultant_absence', { fromDate: shift(30), toDate: shift(32) }],
    ]);
  });
});
