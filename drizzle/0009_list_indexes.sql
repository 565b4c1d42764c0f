-- Keyset-paged lists and scheduling reads (ADR 16): rounds newest first with the id as tie-breaker;
-- courses per municipality or consultant, then by round.
DROP INDEX IF EXISTS "rounds_course_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "courses_municipality_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "courses_consultant_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "rounds_list_idx" ON "rounds" USING btree ("course_start","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "courses_municipality_idx" ON "courses" USING btree ("municipality_code","round_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "courses_consultant_idx" ON "courses" USING btree ("consultant_id","round_id");
