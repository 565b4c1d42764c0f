import type { Course, CoursePlan } from '../../../shared/contracts/courses.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import { AppError, forbidden, type FieldError } from '../../core/errors.js';
import { institutionNames } from '../applications/index.js';
import { publish } from '../../core/events.js';
import { loadVisibleCourse, readCourse } from './read-courses.js';
import * as repo from './repository.js';
import { meetingKey, meetingsOf } from './typical-plan.js';
import type { Context } from '../../core/context.js';

/**
 * Adapts a course's plan and brings its meetings in line: meetings the plan
 * still has keep their record (date, minutes, trials), new ones are added
 * with their default participants, dropped ones removed – only when nothing
 * hangs on them: no date (calendars would keep it) unless cancelled, not held,
 * no agenda, attendance, hours, minutes, attachments or trials. The condition is part of
 * the DELETE itself, so a save racing the plan change cannot be lost; any
 * such meeting refuses the change, naming it.
 */
export async function updatePlan(
  ctx: Context,
  id: string,
  input: { version: number; plan: CoursePlan; confirmed?: boolean },
): Promise<Course> {
  const { tx, actor } = ctx;
  const course = await loadVisibleCourse(ctx, id);
  if (!ctx.access.may('course.plan', course)) throw forbidden();
  await assertPlanValid(tx, course.municipalityCode, input.plan);
  const existing = await repo.meetingsOfCourse(tx, id);
  const wanted = meetingsOf(input.plan);
  const wantedByKey = new Map(wanted.map((m) => [meetingKey(m), m]));
  const existingKeys = new Set(existing.map(meetingKey));
  const dropped = existing.filter((m) => !wantedByKey.has(meetingKey(m)));
  const held = dropped.find((m) => m.status === 'held');
  if (held) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'plan', message: `"${held.title}" er afholdt og kan ikke fjernes fra planen` }],
    });
  }
  if (!(await repo.updateCourse(tx, id, input.version, { plan: input.plan }, ctx.now)))
    throw new AppError('version_conflict');
  const removed = await repo.deleteRemovableMeetings(
    tx,
    dropped.map((m) => m.id),
  );
  const kept = dropped.find((m) => !removed.has(m.id));
  if (kept) {
    // Throwing rolls back the plan change too.
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'plan',
          message:
            `"${kept.title}" har en dato, dagsorden, fremmøde, referat, bilag eller aftalte afprøvninger og kan ikke fjernes fra planen. ` +
            'Aflys mødet eller tag det af kalenderen først.',
        },
      ],
    });
  }
  if (dropped.length > 0 && input.confirmed !== true) {
    // Issue 11, point 4: say how many meetings and which go, before they do (throwing rolls all of it back).
    throw new AppError('confirmation_required', {
      detail:
        `Ændringen fjerner ${dropped.length === 1 ? 'ét møde' : `${dropped.length} møder`} fra forløbet: ` +
        `${dropped.map((m) => `"${m.title}"`).join(', ')}. Bekræft, hvis det er meningen.`,
      errors: dropped.map((m) => ({ field: 'plan', message: m.title })),
    });
  }
  const added = wanted.filter((m) => !existingKeys.has(meetingKey(m)));
  await repo.insertMeetings(tx, id, added);
  const addedKeys = new Set(added.map(meetingKey));
  const newMeetings = (await repo.meetingsOfCourse(tx, id)).filter((m) => addedKeys.has(meetingKey(m)));
  await publish(tx, 'course.meetings_added', {
    courseId: id,
    course: { ...course, plan: input.plan },
    meetings: newMeetings,
  });
  for (const m of existing) {
    const want = wantedByKey.get(meetingKey(m));
    if (want && want.title !== m.title) await repo.retitleMeeting(tx, m.id, want.title, ctx.now);
  }
  await writeAudit(tx, actor, {
    action: 'course.plan_update',
    entityType: 'course',
    entityId: id,
    municipalityCode: course.municipalityCode,
    details: { fromVersion: input.version, meetings: wanted.length, added: added.length, removed: dropped.length },
  });
  return readCourse(ctx, id);
}

async function assertPlanValid(tx: Tx, municipalityCode: string, plan: CoursePlan): Promise<void> {
  const errors: FieldError[] = [];
  const ids = plan.workingGroups.flatMap((g) => g.institutionIds);
  const known = await institutionNames(tx, municipalityCode, ids);
  const keys = new Set<string>();
  plan.workingGroups.forEach((g, i) => {
    if (keys.has(g.key))
      errors.push({ field: `plan.workingGroups.${i}.key`, message: 'To arbejdsgrupper har samme nøgle' });
    keys.add(g.key);
    g.institutionIds.forEach((inst, j) => {
      if (!(inst in known))
        errors.push({
          field: `plan.workingGroups.${i}.institutionIds.${j}`,
          message: 'Dagtilbuddet findes ikke i kommunen',
        });
    });
  });
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
