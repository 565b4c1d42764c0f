import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialLogs, trials } from '../../src/server/db/schema-course-work.js';
import { courseMeetings } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { buildCourse, meetingsOf } from '../helpers/course-factories.js';
import { buildChildren } from '../helpers/documents-factories.js';
import { buildChild, buildInstitution } from '../helpers/factories.js';
import { countTrips } from '../../bench/request-path/round-trips.js';
import { startTestApp, type Agent, type TestApp } from '../helpers/test-app.js';

/**
 * Database round trips per read (issue 10 point 9), counted on PostgreSQL as
 * the bench counts them (bench/request-path/round-trips.ts: every message a
 * node-postgres client sends): BEGIN with the session lookup and the scope
 * derived from it (ADR 25), the data – queries started together travel in one
 * message (db/batching-client.ts) – and the commit with the audit row. The
 * bounds are today's counts: a change that loads something twice or adds a
 * query to a hot read fails here. Only PostgreSQL has round trips to count
 * (PGlite runs in the process), so this file lives in test/postgres/.
 */
let t: TestApp;
let chief: Agent;
let coordinator: Agent;
let courseId: string;
let applicationId: string;
let meetingId: string;
let childId: string;
/** A municipality the demo does not use: the chief's lists hold only what this file builds. */
const MUNICIPALITY = '0101';

describe('round trips per read', () => {
  beforeAll(async () => {
    t = await startTestApp();
    // The municipality's people are there before the course, so its meetings invite them as in the app.
    const { institution } = await buildInstitution(t.database, { municipalityCode: MUNICIPALITY });
    const institutionId = institution.id;
    const inInstitution = { municipalityCode: MUNICIPALITY, institutionId };
    chief = await t.loginAs('daycare_chief', { municipalityCode: MUNICIPALITY });
    // The coordinator runs the course's meetings: their page also holds kept saves and the people to invite.
    coordinator = await t.loginAs('coordinator', { municipalityCode: MUNICIPALITY });
    await t.buildPerson({ role: 'daycare_leader', ...inInstitution });
    const staff = await t.buildPerson({ role: 'staff', ...inInstitution });
    const other = await buildInstitution(t.database, { municipalityCode: MUNICIPALITY });
    ({ courseId, applicationId } = await buildCourse(t.database, {
      municipalityCode: MUNICIPALITY,
      institutionIds: [institutionId, other.institution.id],
      courseStart: '2026-08-01',
      courseEnd: '2027-06-30',
    }));
    const meetings = await meetingsOf(t.database, courseId);
    const groupMeetings = meetings.filter((m) => m.kind === 'working_group').sort((a, b) => a.sequence - b.sequence);
    const key = groupMeetings[0]?.groupKey;
    const [first, second] = groupMeetings.filter((m) => m.groupKey === key);
    if (!first || !second) throw new Error('the typical plan has working-group meetings');
    meetingId = second.id;
    await inMaintenanceTx(t.database.db, async (tx) => {
      await tx.update(courseMeetings).set({ date: '2026-09-01' }).where(eq(courseMeetings.id, first.id));
      await tx.update(courseMeetings).set({ date: '2026-10-01' }).where(eq(courseMeetings.id, second.id));
      const agreed = (meeting: string, description: string) =>
        tx
          .insert(trials)
          .values({
            courseId,
            meetingId: meeting,
            groupKey: first.groupKey,
            description,
            responsible: 'Stue 1',
            createdBy: staff.id,
          })
          .returning({ id: trials.id });
      const [earlier] = await agreed(first.id, 'Læsestund');
      await agreed(second.id, 'Fælles frokost');
      await tx.insert(trialLogs).values({
        trialId: earlier!.id,
        authorId: staff.id,
        triedOn: '2026-09-10',
        whatTried: 'Læsestund',
        whatHappened: 'Godt',
      });
    });
    childId = (await buildChild(t.database, { institutionId })).id;
    // More than a page of the municipality's children, so the list's first page is full.
    await buildChildren(t.database, { institutionId, count: 50 });
  });
  afterAll(() => t.close());

  async function tripsOfGet(url: string, agent = chief): Promise<number> {
    await agent.get(url); // the first request may touch the session
    return countTrips(async () => {
      const res = await agent.get(url);
      expect(res.statusCode, res.body).toBe(200);
    });
  }

  it.each<[string, () => string, number, (() => Agent)?]>([
    // the session with the scope, the course with its meetings, commit
    ['a course', () => `/api/v1/courses/${courseId}`, 3],
    // the session with the scope; together the course with its timeline, its open trials, the change model,
    // the measurements, the self-analysis, its application, institutions and kept saves; commit
    ['the course dashboard', () => `/api/v1/courses/${courseId}/dashboard`, 3],
    // the session with the scope; together the meeting with its course and participants, its trials, the group's
    // earlier ones and their logs, the meetings the reader may open, the theme day's municipalities, kept saves
    // and invitable people; the audit row with the commit
    ['a meeting (audited)', () => `/api/v1/meetings/${meetingId}`, 3],
    [
      'a meeting (audited), read by the coordinator who runs it',
      () => `/api/v1/meetings/${meetingId}`,
      3,
      () => coordinator,
    ],
    // the application with its institutions' names, the audit row with the commit
    ['an application (audited)', () => `/api/v1/applications/${applicationId}`, 3],
    // a full first page with its count, the audit row with the commit
    ['the child list', () => '/api/v1/children?pageSize=50', 3],
    // the session with the scope, the child, the audit row with the commit
    ['a child (audited)', () => `/api/v1/children/${childId}`, 3],
  ])('%s', async (_name, url, bound, who = () => chief) => {
    const n = await tripsOfGet(url(), who());
    expect(n).toBeLessThanOrEqual(bound);
  });
});
