import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';

export interface AuditBreak {
  chain: string;
  seq: number;
  problem: 'changed' | 'missing_before' | 'reordered' | 'head_mismatch';
}

export interface AuditVerification {
  ok: boolean;
  rowsChecked: number;
  heads: { chain: string; lastSeq: number; lastHash: string }[];
  breaks: AuditBreak[];
}

interface BreakRow extends Record<string, unknown> {
  chain: string;
  seq: string | number;
  problem: AuditBreak['problem'];
}

/**
 * Recomputes every row's hash and checks each chain is unbroken from its
 * retention anchor to its head. A changed row, a removed row (anywhere, also
 * the newest) or a reordering is reported.
 */
export async function verifyAudit(db: Db, maxBreaks = 100): Promise<AuditVerification> {
  const breaks = await queryRows<BreakRow>(
    db,
    sql`
    WITH rows AS (
      SELECT a.chain, a.seq, a.hash, a.prev_hash,
        encode(sha256(convert_to(indsats_audit_canonical(a), 'UTF8')), 'hex') AS recomputed,
        lag(a.seq) OVER w AS before_seq, lag(a.hash) OVER w AS before_hash
      FROM audit_log a WINDOW w AS (PARTITION BY a.chain ORDER BY a.seq)
    )
    SELECT r.chain, r.seq,
      CASE
        WHEN r.recomputed <> r.hash THEN 'changed'
        WHEN r.before_seq IS NULL AND (r.seq <> coalesce(c.pruned_through_seq, 0) + 1 OR r.prev_hash <> coalesce(c.pruned_hash, '')) THEN 'missing_before'
        WHEN r.before_seq IS NOT NULL AND (r.seq <> r.before_seq + 1 OR r.prev_hash <> r.before_hash) THEN 'missing_before'
      END AS problem
    FROM rows r LEFT JOIN audit_anchor c ON c.chain = r.chain
    WHERE r.recomputed <> r.hash
      OR (r.before_seq IS NULL AND (r.seq <> coalesce(c.pruned_through_seq, 0) + 1 OR r.prev_hash <> coalesce(c.pruned_hash, '')))
      OR (r.before_seq IS NOT NULL AND (r.seq <> r.before_seq + 1 OR r.prev_hash <> r.before_hash))
    ORDER BY r.chain, r.seq
    LIMIT ${maxBreaks}`,
  );

  const heads = await queryRows<{
    chain: string;
    last_seq: string | number;
    last_hash: string;
    pruned_through_seq: string | number;
    max_seq: string | number | null;
    max_hash: string | null;
    rows: string | number;
  }>(
    db,
    sql`
    SELECT c.chain, c.last_seq, c.last_hash, coalesce(p.pruned_through_seq, 0) AS pruned_through_seq,
      (SELECT max(seq) FROM audit_log a WHERE a.chain = c.chain) AS max_seq,
      (SELECT hash FROM audit_log a WHERE a.chain = c.chain ORDER BY seq DESC LIMIT 1) AS max_hash,
      (SELECT count(*) FROM audit_log a WHERE a.chain = c.chain) AS rows
    FROM audit_chain c LEFT JOIN audit_anchor p ON p.chain = c.chain ORDER BY c.chain`,
  );

  const result: AuditBreak[] = breaks.map((r) => ({ chain: r.chain, seq: Number(r.seq), problem: r.problem }));
  let rowsChecked = 0;
  for (const h of heads) {
    rowsChecked += Number(h.rows);
    const expectedMax = Number(h.last_seq);
    const actualMax = h.max_seq === null ? Number(h.pruned_through_seq) : Number(h.max_seq);
    if (actualMax !== expectedMax || (h.max_hash !== null && h.max_hash !== h.last_hash)) {
      result.push({ chain: h.chain, seq: expectedMax, problem: 'head_mismatch' });
    }
  }
  return {
    ok: result.length === 0,
    rowsChecked,
    heads: heads.map((h) => ({ chain: h.chain, lastSeq: Number(h.last_seq), lastHash: h.last_hash })),
    breaks: result,
  };
}
