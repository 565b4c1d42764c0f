import type { z } from 'zod';
import type {
  RoundScheduleSettings,
  SaveRoundScheduleSettingsRequest,
} from '../../../shared/contracts/course-schedule.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { readScheduleSettings } from './read-schedule-settings.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Saves a round's holiday weeks and daily cap with the version read (0 for the
 * defaults): a stale version is refused (409) and changes nothing. Meetings
 * already dated stay; the broken rules they now show follow the new settings.
 */
export async function saveScheduleSettings(
  ctx: Context,
  roundId: string,
  input: z.infer<typeof SaveRoundScheduleSettingsRequest>,
): Promise<RoundScheduleSettings> {
  const { tx, actor } = ctx;
  if (!(await findRound(tx, roundId, null))) throw notFound();
  const values = {
    holidayWeeks: [...input.holidayWeeks].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
    maxMeetingsPerConsultantPerDay: input.maxMeetingsPerConsultantPerDay,
  };
  const saved =
    input.version === 0
      ? await repo.insertSettings(tx, roundId, values)
      : await repo.updateSettings(tx, roundId, input.version, values, ctx.now);
  if (!saved) throw new AppError('version_conflict');
  await writeAudit(tx, actor, {
    action: 'round.schedule_settings',
    entityType: 'round',
    entityId: roundId,
    details: {
      fromVersion: input.version,
      holidayWeeks: values.holidayWeeks.length,
      maxMeetingsPerConsultantPerDay: values.maxMeetingsPerConsultantPerDay,
    },
  });
  return readScheduleSettings(ctx, roundId);
}
