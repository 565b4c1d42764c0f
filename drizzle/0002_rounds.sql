CREATE TABLE "round_assessors" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "round_assessors_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"course_start" date NOT NULL,
	"course_end" date NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"capacity" integer DEFAULT 5 NOT NULL,
	"criteria" jsonb NOT NULL,
	"requirements" jsonb NOT NULL,
	"balance_rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "round_assessors" ADD CONSTRAINT "round_assessors_round_id_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_assessors" ADD CONSTRAINT "round_assessors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "round_assessors_user_idx" ON "round_assessors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "rounds_course_idx" ON "rounds" USING btree ("course_start");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rounds, round_assessors TO indsats_app;
