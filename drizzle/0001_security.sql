-- Security layer: the application role, row-level security on child-level
-- tables, and the append-only, hash-chained audit log.
-- See docs/ARCHITECTURE.md ("Two locks on child data", "Audit log").

-- 1. The role every request runs as (SET LOCAL ROLE). It owns nothing, is no
--    superuser and cannot bypass row-level security; the startup check
--    (src/server/db/security-check.ts) refuses to start if any of that changes.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'indsats_app') THEN
    CREATE ROLE indsats_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;
--> statement-breakpoint
GRANT indsats_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO indsats_app;
--> statement-breakpoint
GRANT SELECT ON regions, municipalities TO indsats_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON institutions, groups, children, users, role_assignments, sessions, login_throttle TO indsats_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO indsats_app;
--> statement-breakpoint

-- 2. Row-level security on child-level data. The scope is set per transaction
--    with set_config(..., true) by src/server/db/scope.ts:
--      indsats.child_scope  = municipality | institution | none
--      indsats.municipality = the caller's municipality code
--      indsats.institutions = comma-separated institution ids
--    'maintenance' (seeding, benchmarks) works only for the owner, never for indsats_app.
CREATE FUNCTION indsats_child_visible(p_municipality text, p_institution uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT CASE current_setting('indsats.child_scope', true)
    WHEN 'municipality' THEN p_municipality = current_setting('indsats.municipality', true)
    WHEN 'institution' THEN p_municipality = current_setting('indsats.municipality', true)
      AND p_institution = ANY (string_to_array(nullif(current_setting('indsats.institutions', true), ''), ',')::uuid[])
    WHEN 'maintenance' THEN current_user <> 'indsats_app'
    ELSE false
  END
$$;
--> statement-breakpoint
ALTER TABLE children ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE children FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY children_scope ON children FOR ALL
  USING (indsats_child_visible(municipality_code, institution_id))
  WITH CHECK (indsats_child_visible(municipality_code, institution_id));
--> statement-breakpoint
-- Counts without names, for roles that may see how many children an
-- institution has but not who they are. The SET clause scopes the
-- maintenance setting to the function call only.
CREATE FUNCTION indsats_child_counts(p_institutions uuid[])
RETURNS TABLE (institution_id uuid, group_id uuid, children int)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET indsats.child_scope = 'maintenance' AS $$
  SELECT c.institution_id, c.group_id, count(*)::int FROM children c
  WHERE c.institution_id = ANY (p_institutions) GROUP BY c.institution_id, c.group_id
$$;
--> statement-breakpoint
CREATE FUNCTION indsats_child_count_municipality(p_municipality text) RETURNS int
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp SET indsats.child_scope = 'maintenance' AS $$
  SELECT count(*)::int FROM children WHERE municipality_code = p_municipality
$$;
--> statement-breakpoint

-- 3. Audit log: one hash chain per category. A BEFORE INSERT trigger numbers
--    each row after locking its chain head, so seq order is chain order and a
--    removed or changed row breaks the chain (`indsats audit verify`).
INSERT INTO audit_chain (chain) VALUES ('access'), ('change'), ('auth') ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION indsats_audit_canonical(a audit_log) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    a.chain, a.seq,
    to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.actor_user_id, a.actor_role, a.action, a.entity_type, a.entity_id,
    a.municipality_code, a.ip, a.details, a.prev_hash
  )::text
$$;
--> statement-breakpoint
CREATE FUNCTION indsats_audit_chain_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  head audit_chain%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_chain WHERE chain = NEW.chain FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'unknown audit chain %', NEW.chain;
  END IF;
  NEW.seq := head.last_seq + 1;
  NEW.occurred_at := now();
  NEW.prev_hash := head.last_hash;
  NEW.hash := encode(sha256(convert_to(indsats_audit_canonical(NEW), 'UTF8')), 'hex');
  UPDATE audit_chain SET last_seq = NEW.seq, last_hash = NEW.hash WHERE chain = NEW.chain;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION indsats_audit_chain_row();
--> statement-breakpoint
CREATE FUNCTION indsats_audit_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('indsats.audit_prune', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION indsats_audit_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION indsats_audit_immutable();
--> statement-breakpoint

-- Retention: removes the oldest rows of one chain (a prefix, so the chain
-- stays verifiable from the recorded anchor). Run by the application as the
-- owner (src/server/audit/retention.ts); indsats_app may not delete.
CREATE FUNCTION indsats_audit_prune(p_chain text, p_before timestamptz) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain%ROWTYPE;
  cut bigint;
  cut_hash text;
  removed bigint;
BEGIN
  SELECT * INTO head FROM audit_chain WHERE chain = p_chain FOR UPDATE;
  SELECT coalesce(min(seq) - 1, head.last_seq) INTO cut
    FROM audit_log WHERE chain = p_chain AND occurred_at >= p_before;
  IF cut <= head.pruned_through_seq THEN
    RETURN 0;
  END IF;
  SELECT hash INTO cut_hash FROM audit_log WHERE chain = p_chain AND seq = cut;
  PERFORM set_config('indsats.audit_prune', 'on', true);
  DELETE FROM audit_log WHERE chain = p_chain AND seq <= cut;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('indsats.audit_prune', 'off', true);
  UPDATE audit_chain SET pruned_through_seq = cut, pruned_hash = coalesce(cut_hash, head.last_hash)
    WHERE chain = p_chain;
  RETURN removed;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION indsats_audit_prune(text, timestamptz) FROM PUBLIC;
