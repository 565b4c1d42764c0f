import { describe, expect, it } from 'vitest';
import { publish, setDomainEventHandlers, type DomainEventHandlers } from '../../src/server/core/events.js';
import type { Queryable } from '../../src/server/db/client.js';

/** Stands for the publisher's transaction: handlers must receive this very object. */
const tx = { marker: 'the publisher transaction' } as unknown as Queryable;
const plan = { workingGroups: [] } as never;

describe('domain events (core/events.ts)', () => {
  it('refuses to publish before the composition root has set the handlers', async () => {
    await expect(
      publish(tx, 'course.consultant_changed', { courseId: 'c', from: null, to: 'u', at: new Date(0) }),
    ).rejects.toThrow(/before the handlers were set/);
  });

  it("runs every handler of the event, in order, in the publisher's transaction, before publish returns", async () => {
    const calls: string[] = [];
    const handlers: DomainEventHandlers = {
      'course.created': [
        async (q, e) => {
          await Promise.resolve();
          calls.push(`first ${e.courseId} ${q === tx}`);
        },
        (q, e) => {
          calls.push(`second ${e.meetings.length} ${q === tx}`);
          return Promise.resolve();
        },
      ],
      'course.meetings_added': [],
      'course.consultant_changed': [() => Promise.reject(new Error('invite failed'))],
      'meeting.calendar_changed': [],
      'application.submitted': [],
      'round.assessors_assigned': [],
      'round.opened': [],
      'agreement.sent': [],
      'agreement.signed': [],
      'meeting.minutes_approved': [],
    };
    setDomainEventHandlers(handlers);
    setDomainEventHandlers(handlers); // the same table again is fine (every buildApp sets it)
    await publish(tx, 'course.created', {
      courseId: 'c1',
      course: { municipalityCode: '0860', consultantId: null, plan },
      meetings: [],
    });
    expect(calls).toEqual(['first c1 true', 'second 0 true']);
    await publish(tx, 'course.meetings_added', {
      courseId: 'c1',
      course: { municipalityCode: '0860', consultantId: null, plan },
      meetings: [],
    });
    expect(calls).toHaveLength(2);
    expect(() => setDomainEventHandlers({ ...handlers })).toThrow(/already set/);
    // A handler's failure reaches the publisher, so its transaction rolls back with it.
    await expect(
      publish(tx, 'course.consultant_changed', { courseId: 'c1', from: null, to: 'u', at: new Date(0) }),
    ).rejects.toThrow('invite failed');
  });
});
