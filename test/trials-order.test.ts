import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * "The next working-group meeting's page shows them": next in time. The
 * group's third meeting is moved before its second, so a trial agreed at the
 * third shows on the second's page (and later ones), never on the first's.
 */
let t: TestApp;
let consultant: Agent;
let ids: string[];

beforeAll(async () => {
  t = await startTestApp();
  const person = await t.buildPerson({ role: 'consultant' });
  consultant = await t.loginPerson(person);
  const { courseId } = await buildCourse(t.database, { consultantId: person.id });
  const group = (await meetingsOf(t.database, courseId))
    .filter((m) => m.kind === 'working_group' && m.groupKey === 'ag-1')
    .sort((a, b) => a.sequence - b.sequence);
  ids = group.slice(0, 4).map((m) => m.id);
  const dates = ['2027-09-06', '2027-11-15', '2027-10-11', '2027-12-13']; // the third before the second
  await inMaintenanceTx(t.database.db, async (tx) => {
    for (const [i, id] of ids.entries()) {
      await tx
        .update(courseMeetings)
        .set({ date: dates[i], startTime: '09:00', endTime: '11:00' })
        .where(eq(courseMeetings.id, id));
    }
  });
});
afterAll(() => t.close());

const earlier = async (id: string) =>
  Meeting.parse((await consultant.get(`/api/v1/meetings/${id}`)).json()).earlierTrials.map((x) => x.description);

describe('trials from earlier working-group meetings', () => {
  it('follow the meetings’ dates, not their numbers', async () => {
    const res = await consultant.post(`/api/v1/meetings/${ids[2]}/trials`, {
      description: 'Aftalt på det tredje møde',
      responsible: 'Stuen',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await earlier(ids[1]!)).toContain('Aftalt på det tredje møde');
    expect(await earlier(ids[0]!)).not.toContain('Aftalt på det tredje møde');
    expect(await earlier(ids[3]!)).toContain('Aftalt på det tredje møde');
  });
});
