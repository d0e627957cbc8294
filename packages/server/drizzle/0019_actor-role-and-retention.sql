CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"ran_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ran_on" date NOT NULL,
	"case_files" integer DEFAULT 0 NOT NULL,
	"core_data" integer DEFAULT 0 NOT NULL,
	"closed_without_date" integer DEFAULT 0 NOT NULL,
	"processing_log" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "retention_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "scheduled_jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"last_run_on" date,
	"lease_token" uuid,
	"lease_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "scheduled_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "retention_stage" text;--> statement-breakpoint
ALTER TABLE "processing_log" ADD COLUMN "actor_role" text;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD CONSTRAINT "retention_runs_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_runs_gemeente_idx" ON "retention_runs" USING btree ("gemeente_id","ran_at");--> statement-breakpoint
CREATE INDEX "processing_log_actor_time_idx" ON "processing_log" USING btree ("actor_user_id","start_time");--> statement-breakpoint
CREATE INDEX "processing_log_start_time_idx" ON "processing_log" USING btree ("start_time");--> statement-breakpoint
CREATE POLICY "retention_runs_isolation" ON "retention_runs" AS PERMISSIVE FOR ALL TO "koers_app" USING ((gemeente_id IS NULL AND organisation_id = (SELECT koers_scope_organisation())) OR gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK ((gemeente_id IS NULL AND organisation_id = (SELECT koers_scope_organisation())) OR gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));