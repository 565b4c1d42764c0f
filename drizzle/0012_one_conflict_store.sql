-- One store for kept versions (issue 10, point 5; ADR 22): an application's refused saves join
-- those of minutes, self-analysis and change model in edit_conflicts (kind 'application', the
-- application as entity, no course). Existing rows move over with their ids, so a kept version
-- a person is looking at keeps its address.
ALTER TABLE "edit_conflicts" ALTER COLUMN "course_id" DROP NOT NULL;--> statement-breakpoint
INSERT INTO "edit_conflicts" ("id", "course_id", "kind", "entity_id", "base_version", "content", "saved_by", "saved_at")
  SELECT "id", NULL, 'application', "application_id", "base_version", "content", "saved_by", "saved_at"
  FROM "application_conflicts";--> statement-breakpoint
DROP TABLE "application_conflicts" CASCADE;
