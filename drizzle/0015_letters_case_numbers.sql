ALTER TABLE "applications" ADD COLUMN "case_number" text;--> statement-breakpoint
ALTER TABLE "round_decisions" ADD COLUMN "letter_reason" text;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_case_number_unique" UNIQUE("case_number");--> statement-breakpoint
-- Hand-written (issue 11, point 3; ADR 32): the case number every application carries from its
-- creation, IND-<year the round's course starts>-<serial, at least four digits>. The serial is one
-- sequence for all years, so a number is unique whatever the year; a rolled-back insert leaves a gap.
CREATE SEQUENCE IF NOT EXISTS application_case_number_seq;
--> statement-breakpoint
-- Existing applications are numbered in the order they were created.
WITH numbered AS (
  SELECT a.id, extract(year FROM r.course_start)::int AS year,
    row_number() OVER (ORDER BY a.created_at, a.id) AS n
  FROM applications a JOIN rounds r ON r.id = a.round_id
  WHERE a.case_number IS NULL
)
UPDATE applications a SET case_number = 'IND-' || numbered.year || '-' || lpad(numbered.n::text, 4, '0')
FROM numbered WHERE numbered.id = a.id;
--> statement-breakpoint
SELECT setval('application_case_number_seq', greatest((SELECT count(*) FROM applications), 1), (SELECT count(*) FROM applications) > 0);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION indsats_application_case_number() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.case_number IS NULL THEN
    NEW.case_number := 'IND-' || (SELECT extract(year FROM course_start)::int FROM rounds WHERE id = NEW.round_id)
      || '-' || lpad(nextval('application_case_number_seq')::text, 4, '0');
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
DROP TRIGGER IF EXISTS applications_case_number ON applications;
--> statement-breakpoint
CREATE TRIGGER applications_case_number BEFORE INSERT ON applications
  FOR EACH ROW EXECUTE FUNCTION indsats_application_case_number();
--> statement-breakpoint
ALTER TABLE applications ALTER COLUMN case_number SET NOT NULL;
