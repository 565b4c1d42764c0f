-- Kept conflicting versions (issue 9, point 10; ADR 14): a version put away is deleted, not marked,
-- and at most three are kept per document and person. Remove what is already put away or beyond
-- the bound, then the column and the new index for the bound.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'application_conflicts' AND column_name = 'dismissed_at') THEN
    DELETE FROM "application_conflicts" WHERE "dismissed_at" IS NOT NULL;
  END IF;
  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'edit_conflicts' AND column_name = 'dismissed_at') THEN
    DELETE FROM "edit_conflicts" WHERE "dismissed_at" IS NOT NULL;
  END IF;
END $$;--> statement-breakpoint
DELETE FROM "application_conflicts" WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "application_id", "saved_by" ORDER BY "saved_at" DESC, "id" DESC) AS n
    FROM "application_conflicts"
  ) ranked WHERE n > 3
);--> statement-breakpoint
DELETE FROM "edit_conflicts" WHERE "id" IN (
  SELECT "id" FROM (
    SELECT "id", row_number() OVER (PARTITION BY "kind", "entity_id", "saved_by" ORDER BY "saved_at" DESC, "id" DESC) AS n
    FROM "edit_conflicts"
  ) ranked WHERE n > 3
);--> statement-breakpoint
DROP INDEX IF EXISTS "application_conflicts_application_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "edit_conflicts_entity_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "application_conflicts_person_idx" ON "application_conflicts" USING btree ("application_id","saved_by","saved_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "edit_conflicts_entity_person_idx" ON "edit_conflicts" USING btree ("kind","entity_id","saved_by","saved_at");--> statement-breakpoint
ALTER TABLE "application_conflicts" DROP COLUMN IF EXISTS "dismissed_at";--> statement-breakpoint
ALTER TABLE "edit_conflicts" DROP COLUMN IF EXISTS "dismissed_at";
