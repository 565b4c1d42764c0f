import type { Outcome } from '../../../shared/contracts/applications.js';
import type { LetterSettings } from '../../config.js';
import type { Tx } from '../../db/client.js';
import type { DecisionLetterData } from '../../documents/index.js';
import { applicationsOfRound, type ApplicationRow } from '../applications/index.js';
import { addressesOf } from '../mail/index.js';
import { findRound } from '../rounds/index.js';
import { decisionMail } from './decision-mail.js';
import { letterDataFor, type LetterDecision } from './letter-data.js';

export interface PlannedLetter {
  app: ApplicationRow;
  outcome: Outcome;
  letter: DecisionLetterData;
  /** Lower-cased, sorted: the municipality's coordinators and the application's contact person. */
  to: string[];
  /** The same addresses, each with the account it belongs to (null for a contact person without one). */
  recipients: { toAddress: string; userId: string | null }[];
  mail: { subject: string; body: string };
}

/**
 * What publishing a decision does, computed without doing it: every submitted application's
 * outcome, letter and e-mail with its recipients. The preview shows exactly this and the
 * publication sends exactly this.
 */
export async function planPublication(
  tx: Tx,
  roundId: string,
  decision: LetterDecision,
  meta: { publishedAt: Date; signerName: string; settings: LetterSettings; publicUrl: string },
): Promise<PlannedLetter[]> {
  const round = await findRound(tx, roundId, null);
  if (!round) throw new Error(`round ${roundId} is missing`);
  const submitted = (await applicationsOfRound(tx, roundId)).filter((a) => a.status === 'submitted');
  const coordinators = await addressesOf(
    tx,
    'coordinator',
    submitted.map((a) => a.municipalityCode),
  );
  const letters = await letterDataFor(tx, roundId, submitted, decision, meta);
  return submitted.map((app) => {
    const letter = letters.get(app.id);
    if (!letter) throw new Error(`no letter for application ${app.id}`);
    const accounts = new Map<string, string | null>(
      coordinators
        .filter((c) => c.municipalityCode === app.municipalityCode)
        .map((c) => [c.email.toLowerCase(), c.userId]),
    );
    const contact = app.content.contactEmail?.toLowerCase();
    if (contact && !accounts.has(contact)) accounts.set(contact, null);
    const to = [...accounts.keys()].sort();
    const mail = decisionMail({
      outcome: letter.outcome,
      roundName: round.name,
      municipalityName: app.municipalityName,
      link: `${meta.publicUrl}/ansoegninger/${app.id}`,
      caseNumber: letter.caseNumber,
      contact: meta.settings.contact,
    });
    return {
      app,
      outcome: letter.outcome,
      letter,
      to,
      recipients: to.map((toAddress) => ({ toAddress, userId: accounts.get(toAddress) ?? null })),
      mail,
    };
  });
}
