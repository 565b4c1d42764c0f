CREATE TABLE "audit_anchor" (
	"chain" text PRIMARY KEY NOT NULL,
	"pruned_through_seq" bigint DEFAULT 0 NOT NULL,
	"pruned_hash" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
DROP INDEX "audit_municipality_idx";--> statement-breakpoint
DROP INDEX "audit_actor_idx";--> statement-breakpoint
DROP INDEX "audit_entity_idx";--> statement-breakpoint
DROP INDEX "audit_occurred_idx";--> statement-breakpoint
CREATE INDEX "audit_municipality_action_idx" ON "audit_log" USING btree ("municipality_code","action","occurred_at","chain","seq");--> statement-breakpoint
CREATE INDEX "audit_action_idx" ON "audit_log" USING btree ("action","occurred_at","chain","seq");--> statement-breakpoint
CREATE INDEX "audit_municipality_idx" ON "audit_log" USING btree ("municipality_code","occurred_at","chain","seq");--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_log" USING btree ("actor_user_id","occurred_at","chain","seq");--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity_id","occurred_at","chain","seq");--> statement-breakpoint
CREATE INDEX "audit_occurred_idx" ON "audit_log" USING btree ("occurred_at","chain","seq");--> statement-breakpoint
-- The retention anchors move out of the chain head (ADR 15): the prune writes audit_anchor and never
-- locks audit_chain, which every audited transaction locks to number its row.
INSERT INTO "audit_anchor" ("chain", "pruned_through_seq", "pruned_hash")
  SELECT "chain", "pruned_through_seq", "pruned_hash" FROM "audit_chain" ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP FUNCTION IF EXISTS indsats_audit_prune(text, timestamptz);--> statement-breakpoint
ALTER TABLE "audit_chain" DROP COLUMN "pruned_through_seq";--> statement-breakpoint
ALTER TABLE "audit_chain" DROP COLUMN "pruned_hash";--> statement-breakpoint
-- Retention in batches. One call removes at most p_batch rows from the oldest end of a chain –
-- those older than p_before, up to the first younger one, so what is removed is always a prefix –
-- records the last removed row as the chain's anchor and returns how many it removed (0: done).
-- Each call is its own short transaction (src/server/audit/retention.ts calls it until it returns 0):
--  * it walks the key (chain, seq) from the anchor, so the select and the delete are index range scans;
--  * it never locks the chain head; concurrent audited inserts proceed while it runs;
--  * a transaction-level advisory lock keeps two instances from pruning one chain at once
--    (the second returns 0 and tries again next hour), so the anchor only ever moves forward.
-- Run by the application as the owner; indsats_app may not call it.
CREATE OR REPLACE FUNCTION indsats_audit_prune_batch(p_chain text, p_before timestamptz, p_batch integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  from_seq bigint;
  cut bigint;
  cut_hash text;
  removed bigint;
BEGIN
  IF p_batch IS NULL OR p_batch < 1 THEN
    RAISE EXCEPTION 'batch size must be positive';
  END IF;
  IF NOT pg_try_advisory_xact_lock(hashtext('indsats_audit_prune'), hashtext(p_chain)) THEN
    RETURN 0;
  END IF;
  SELECT pruned_through_seq INTO from_seq FROM audit_anchor WHERE chain = p_chain;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'unknown audit chain %', p_chain;
  END IF;
  WITH batch AS (
    SELECT seq, occurred_at, hash FROM audit_log
    WHERE chain = p_chain AND seq > from_seq
    ORDER BY seq LIMIT p_batch
  ), first_young AS (
    SELECT min(seq) AS seq FROM batch WHERE occurred_at >= p_before
  )
  SELECT b.seq, b.hash INTO cut, cut_hash FROM batch b, first_young y
  WHERE y.seq IS NULL OR b.seq < y.seq
  ORDER BY b.seq DESC LIMIT 1;
  IF cut IS NULL THEN
    RETURN 0;
  END IF;
  PERFORM set_config('indsats.audit_prune', 'on', true);
  DELETE FROM audit_log WHERE chain = p_chain AND seq > from_seq AND seq <= cut;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('indsats.audit_prune', 'off', true);
  UPDATE audit_anchor SET pruned_through_seq = cut, pruned_hash = cut_hash WHERE chain = p_chain;
  RETURN removed;
END
$$;--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION indsats_audit_prune_batch(text, timestamptz, integer) FROM PUBLIC;