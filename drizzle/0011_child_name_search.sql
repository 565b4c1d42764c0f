-- Name search by trigram index (issue 9, point 16; ADR 15).
--
-- Why a table of its own: a search predicate can be an index condition on a table with
-- row-level security only if its operator is LEAKPROOF, and ILIKE (texticlike) is not. On
-- `children` (RLS forced, also for the owner) a trigram index would never be used by a request.
-- So the names are mirrored, by trigger, into child_name_index: RLS enabled but not forced and no
-- policy (nobody but the owner reads a row), no grants to indsats_app. Requests reach it only
-- through indsats_child_name_search(), which applies the caller's child scope itself and returns
-- ids; the request then reads those children through `children` and its RLS as before.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS child_name_index (
  child_id uuid PRIMARY KEY REFERENCES children(id) ON DELETE CASCADE,
  municipality_code text NOT NULL,
  institution_id uuid NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL
);
--> statement-breakpoint
ALTER TABLE child_name_index ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON child_name_index FROM PUBLIC;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS child_name_index_first_trgm ON child_name_index USING gin (first_name gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS child_name_index_last_trgm ON child_name_index USING gin (last_name gin_trgm_ops);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION indsats_child_name_index_sync() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO child_name_index (child_id, municipality_code, institution_id, first_name, last_name)
  VALUES (NEW.id, NEW.municipality_code, NEW.institution_id, NEW.first_name, NEW.last_name)
  ON CONFLICT (child_id) DO UPDATE SET municipality_code = EXCLUDED.municipality_code,
    institution_id = EXCLUDED.institution_id, first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS children_name_index ON children;
--> statement-breakpoint
CREATE TRIGGER children_name_index AFTER INSERT OR UPDATE OF first_name, last_name, municipality_code, institution_id
  ON children FOR EACH ROW EXECUTE FUNCTION indsats_child_name_index_sync();
--> statement-breakpoint
-- The children there are already (the owner reads them in the maintenance scope, as seeding does).
SELECT set_config('indsats.child_scope', 'maintenance', true);
--> statement-breakpoint
INSERT INTO child_name_index (child_id, municipality_code, institution_id, first_name, last_name)
  SELECT id, municipality_code, institution_id, first_name, last_name FROM children
  ON CONFLICT (child_id) DO NOTHING;
--> statement-breakpoint
SELECT set_config('indsats.child_scope', '', true);
--> statement-breakpoint
-- Ids of the children whose first or last name matches p_pattern (ILIKE), within the caller's
-- child scope only (the same settings the RLS policy reads; 'maintenance' and 'none' find nothing).
CREATE OR REPLACE FUNCTION indsats_child_name_search(p_pattern text) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT n.child_id FROM child_name_index n
  WHERE (n.first_name ILIKE p_pattern OR n.last_name ILIKE p_pattern)
    AND n.municipality_code = current_setting('indsats.municipality', true)
    AND CASE current_setting('indsats.child_scope', true)
      WHEN 'municipality' THEN true
      WHEN 'institution' THEN n.institution_id = ANY (string_to_array(nullif(current_setting('indsats.institutions', true), ''), ',')::uuid[])
      ELSE false
    END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION indsats_child_name_search(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION indsats_child_name_search(text) TO indsats_app;
