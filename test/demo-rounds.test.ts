/**
 * The demo's rounds as the template seeds them on TEMPLATE_SEED_DATE: the four historical
 * rounds as they were, and around the day of seeding one open, one closed, one signed and one
 * under way (ADR 18). Only the demo's own tests use demo ids and names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCalendar } from '../src/server/seed/demo-calendar.js';
import { demoId } from '../src/server/seed/demo-data.js';
import { ListCoursesResponse } from '../src/shared/contracts/courses.js';
import { ListRoundsResponse } from '../src/shared/contracts/rounds.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';
import { TEMPLATE_SEED_DATE } from './helpers/test-clock.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('the demo’s application rounds', () => {
  it('carries the four historical rounds and, around the day it was seeded, one open, one closed, one signed and one under way in the demo data', async () => {
    const coordinator = await t.loginAsDemo('coordinator');
    const list = ListRoundsResponse.parse((await coordinator.get('/api/v1/rounds')).json());
    const demo = demoCalendar(TEMPLATE_SEED_DATE);
    expect(list.items.map((r) => [r.name, r.status])).toEqual([
      [demo.open.name, 'open'],
      [demo.closed.name, 'closed'],
      [demo.signed.name, 'closed'],
      [demo.underWay.name, 'closed'],
      ['Januar – december 2019', 'closed'],
      ['August 2018 – juni 2019', 'closed'],
      ['Januar – december 2018', 'closed'],
      ['August 2017 – juni 2018', 'closed'],
    ]);
    expect(list.items[6]?.deadline).toBe('2017-11-03T11:00:00.000Z'); // 3 November 2017, noon in Denmark
    expect(list.items.every((r) => !('assessors' in r) && !('criteria' in r))).toBe(true); // list items carry only what the list shows
  });

  it('assigns the demo assessor to the open and the closed round and to the last historical one', async () => {
    const assessor = await t.loginAsDemo('assessor');
    const list = ListRoundsResponse.parse((await assessor.get('/api/v1/rounds')).json());
    const demo = demoCalendar(TEMPLATE_SEED_DATE);
    expect(list.items.map((r) => r.name)).toEqual([demo.open.name, demo.closed.name, 'Januar – december 2019']);
    expect((await assessor.get(`/api/v1/rounds/${demoId('round-2018-08')}`)).statusCode).toBe(404);
  });

  it('carries the historical agreements as courses, Hjørring’s of 2018–19 run by the demo consultant', async () => {
    const consultant = await t.loginAsDemo('consultant');
    const list = ListCoursesResponse.parse((await consultant.get('/api/v1/courses')).json());
    expect(list.items.map((c) => [c.municipalityName, c.roundName])).toContainEqual([
      'Hjørring',
      'August 2018 – juni 2019',
    ]);
  });
});
