import type { RoundScheduleSettings } from '../../../shared/contracts/course-schedule.js';
import { notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import * as repo from './repository.js';
import { settingsOf } from './situation.js';
import type { Context } from '../../core/context.js';
import { can } from '../../access/index.js';

/**
 * A round's holiday weeks and daily cap – the saved ones, or the defaults for
 * its period (version 0) until the admin saves. Rounds are public facts, so
 * every role that may call this sees every round.
 */
export async function readScheduleSettings(ctx: Context, roundId: string): Promise<RoundScheduleSettings> {
  const { tx, actor } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  const saved = await repo.findSettings(tx, roundId);
  const settings = settingsOf({
    periodStart: round.courseStart,
    periodEnd: round.courseEnd,
    holidayWeeks: saved?.holidayWeeks,
    maxPerDay: saved?.maxMeetingsPerConsultantPerDay ?? null,
  });
  return {
    roundId,
    holidayWeeks: settings.holidayWeeks,
    maxMeetingsPerConsultantPerDay: settings.maxPerDay,
    version: saved?.version ?? 0,
    isDefault: saved === null,
    allowed: { edit: can(actor, 'round.schedule') },
  };
}
