import type { RoundSelectionResponse } from '../../../shared/contracts/decisions.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, notFound, type FieldError } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { liveSelection, presentDecision, sameSet } from './live-selection.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

export interface DecideInput {
  selected: string[];
  waitlist: string[];
  reason: string;
  letterReason: string;
  version?: number | undefined;
}

/**
 * The admin confirms the proposal or overrides it. Only eligible applicants
 * can be selected or waitlisted, at most `capacity` selected, nobody twice; a
 * selection that differs from the proposal needs a written reason. The
 * decision can be changed until it is published.
 */
export async function decideRound(ctx: Context, roundId: string, input: DecideInput) {
  const { tx, actor, now } = ctx;
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  if (round.deadline > now) throw new AppError('round_open');
  const live = await liveSelection(tx, roundId);
  if (live.decisionRow?.publishedAt) throw new AppError('decision_published');
  assertValid(input, live);
  const differs = !sameSet(input.selected, live.proposal.selected);
  const values = {
    selected: input.selected,
    waitlist: input.waitlist,
    proposal: live.proposal,
    overrideReason: input.reason === '' ? null : input.reason,
    // The letters say only why a placement departs from the proposal: without a departure there is nothing to say.
    letterReason: differs && input.letterReason.trim() !== '' ? input.letterReason.trim() : null,
    decidedBy: actor.userId,
  };
  const stored = live.decisionRow
    ? input.version !== undefined && (await repo.replaceDecision(tx, roundId, input.version, values, now))
    : await repo.insertDecision(tx, roundId, values);
  if (!stored) throw new AppError('version_conflict');
  await writeAudit(tx, actor, {
    action: 'round.decide',
    entityType: 'round',
    entityId: roundId,
    details: {
      selected: input.selected,
      waitlist: input.waitlist,
      overridden: differs,
      reason: input.reason,
      letterReason: input.letterReason,
    },
  });
  // The scores and the proposal did not change; only the decision did.
  const saved = await repo.findDecision(tx, roundId);
  if (!saved) throw new Error(`decision of round ${roundId} vanished after saving`);
  const { decisionRow: _omit, ...response } = live;
  return { ...response, decision: presentDecision(saved) } satisfies RoundSelectionResponse;
}

function assertValid(input: DecideInput, live: RoundSelectionResponse): void {
  const errors: FieldError[] = [];
  const byCode = new Map(live.applicants.map((a) => [a.id, a]));
  const check = (list: 'selected' | 'waitlist') =>
    input[list].forEach((code, i) => {
      const applicant = byCode.get(code);
      const field = `${list}.${i}`;
      if (!applicant) errors.push({ field, message: `Kommune ${code} har ikke en indsendt ansøgning i runden` });
      else if (!applicant.eligible) errors.push({ field, message: `${applicant.name} opfylder ikke alle krav` });
      if (input[list].indexOf(code) !== i) errors.push({ field, message: 'Kommunen står der to gange' });
    });
  check('selected');
  check('waitlist');
  input.waitlist.forEach((code, i) => {
    if (input.selected.includes(code))
      errors.push({ field: `waitlist.${i}`, message: 'En udvalgt kommune kan ikke også stå på ventelisten' });
  });
  if (input.selected.length > live.capacity) {
    errors.push({ field: 'selected', message: `Der er plads til højst ${live.capacity} kommuner` });
  }
  if (!sameSet(input.selected, live.proposal.selected) && input.reason === '') {
    errors.push({ field: 'reason', message: 'Begrund, hvorfor udvælgelsen afviger fra forslaget' });
  }
  if (!sameSet(input.selected, live.proposal.selected) && input.letterReason.trim() === '') {
    errors.push({
      field: 'letterReason',
      message: 'Skriv den begrundelse, kommunerne skal læse i afgørelsesbrevet, når udvælgelsen afviger fra forslaget',
    });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
