import type { Outcome } from '../../../shared/contracts/applications.js';
import { word } from '../../../shared/contracts/messages.js';
import { selectionMessagesDa } from '../../../shared/wording/selection.da.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import type { Cell, Sheet } from '../../documents/index.js';
import { findRound } from '../rounds/index.js';
import { liveSelection } from './live-selection.js';
import type { Context } from '../../core/context.js';

const OUTCOME: Record<Outcome, string> = { approved: 'Tilsagn', waitlisted: 'Venteliste', rejected: 'Afslag' };
const yesNo = (value: boolean): string => (value ? 'Ja' : 'Nej');

/**
 * A round's scores and selection as Excel (issue 11 point 7), for the agency
 * (`selection.manage`): one sheet with every submitted application's points per
 * criterion, requirements and the assessors' progress; one with the proposal,
 * its explanation and the decision. The rows come from the same scoring and
 * optimiser the selection page shows, read once. Logged as an export.
 */
export async function exportRoundSelection(
  ctx: Context,
  roundId: string,
): Promise<{ sheets: Sheet[]; filename: string }> {
  const { tx, actor } = ctx;
  const [round, live] = await Promise.all([findRound(tx, roundId, null), liveSelection(tx, roundId)]);
  if (!round) throw notFound();
  const { scores, proposal, decision } = live;
  await writeAudit(tx, actor, {
    action: 'export.xlsx',
    entityType: 'round',
    entityId: round.id,
    details: { kind: 'round_selection', rows: scores.length },
  });

  const criteria = round.criteria.map((c) => c.key);
  const points: Sheet = {
    name: 'Point',
    columns: [
      { header: 'Kommune', width: 22 },
      { header: 'Region', width: 20 },
      { header: 'Indbyggere', format: '#,##0' },
      { header: 'Andel børn i dagpleje (%)', format: '0.0' },
      ...criteria.map((key) => ({ header: `Kriterium ${key} (gennemsnit)`, format: '0.00' })),
      { header: 'Point i alt', format: '0.00' },
      { header: 'Opfylder kravene', width: 22 },
      { header: 'Bedømmelser indsendt' },
      { header: 'Bedømmere tildelt' },
      { header: 'Inhabile' },
      { header: 'Uenighed' },
    ],
    rows: scores.map((s): Cell[] => {
      const failed = Object.values(s.requirements).some((mark) => mark === false);
      return [
        s.municipalityName,
        s.regionName,
        s.population,
        s.familyDaycareShare,
        ...criteria.map((key) => s.criteria.find((c) => c.key === key)?.mean ?? null),
        s.total,
        s.eligible ? 'Ja' : failed ? 'Nej' : 'Afventer bedømmelse',
        s.assessorsSubmitted,
        s.assessorsAssigned,
        s.conflicts,
        yesNo(s.disagreement),
      ];
    }),
  };

  const outcomeOf = (code: string): string => {
    if (!decision) return 'Ikke besluttet';
    const outcome: Outcome = decision.selected.includes(code)
      ? 'approved'
      : decision.waitlist.includes(code)
        ? 'waitlisted'
        : 'rejected';
    return OUTCOME[outcome];
  };
  const selection: Sheet = {
    name: 'Udvælgelse',
    columns: [
      { header: 'Kommune', width: 22 },
      { header: 'Point i alt', format: '0.00' },
      { header: 'Forslag', width: 12 },
      { header: 'Forklaring', width: 80 },
      { header: 'Afgørelse', width: 16 },
      { header: 'Offentliggjort', width: 14 },
    ],
    rows: live.applicants.map((a): Cell[] => {
      const explanation = proposal.explanations[a.id];
      return [
        a.name,
        a.score,
        proposal.selected.includes(a.id) ? 'Valgt' : 'Ikke valgt',
        explanation ? word(selectionMessagesDa, explanation) : '',
        outcomeOf(a.id),
        decision?.publishedAt ? 'Ja' : 'Nej',
      ];
    }),
  };
  const safeName = round.name.replace(/[^\p{L}\p{N} -]+/gu, ' ').trim();
  return { sheets: [points, selection], filename: `Point og udvælgelse ${safeName}.xlsx` };
}
