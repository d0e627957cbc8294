CREATE TABLE "case_duo_differences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"job_id" uuid,
	"kind" text NOT NULL,
	"field" text NOT NULL,
	"koers_value" text,
	"duo_value" text,
	"reason" text NOT NULL,
	"found_on" date NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_duo_differences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_relief_periods" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"end_exclusive" date,
	"source" text DEFAULT 'import' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_relief_periods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "import_job_rows" (
	"job_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"sheet" text,
	"row" integer NOT NULL,
	"outcome" text NOT NULL,
	"case_id" uuid,
	"details" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reconciled_at" timestamp with time zone,
	CONSTRAINT "import_job_rows_job_id_seq_pk" PRIMARY KEY("job_id","seq")
);
--> statement-breakpoint
ALTER TABLE "import_job_rows" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"kind" text NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"dry_run_id" uuid,
	"status" text DEFAULT 'bezig' NOT NULL,
	"file_name" text,
	"file_kind" text NOT NULL,
	"files" jsonb,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected_count" integer DEFAULT 0 NOT NULL,
	"error" text,
	"heartbeat_at" timestamp with time zone,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"reconciliation_status" text DEFAULT 'n.v.t.' NOT NULL,
	"reconciliation_total" integer DEFAULT 0 NOT NULL,
	"reconciliation_done" integer DEFAULT 0 NOT NULL,
	"reconciliation_differences" integer DEFAULT 0 NOT NULL,
	"reconciliation_attempts" integer DEFAULT 0 NOT NULL,
	"reconciliation_next_at" timestamp with time zone,
	"reconciliation_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "import_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_hours" ADD COLUMN "source" text DEFAULT 'koers' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_placements" ADD COLUMN "source" text DEFAULT 'koers' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_results" ADD COLUMN "source" text DEFAULT 'koers' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "elip" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pips" ADD COLUMN "source" text DEFAULT 'koers' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_duo_differences" ADD CONSTRAINT "case_duo_differences_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_differences" ADD CONSTRAINT "case_duo_differences_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_differences" ADD CONSTRAINT "case_duo_differences_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relief_periods" ADD CONSTRAINT "case_relief_periods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relief_periods" ADD CONSTRAINT "case_relief_periods_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_relief_periods" ADD CONSTRAINT "case_relief_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_job_rows" ADD CONSTRAINT "import_job_rows_job_id_import_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."import_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_duo_differences_case_idx" ON "case_duo_differences" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "import_jobs_user_idx" ON "import_jobs" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE INDEX "import_jobs_status_idx" ON "import_jobs" USING btree ("status");--> statement-breakpoint
CREATE POLICY "case_duo_differences_gemeente_isolation" ON "case_duo_differences" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "case_relief_periods_gemeente_isolation" ON "case_relief_periods" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "import_job_rows_organisation_isolation" ON "import_job_rows" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));--> statement-breakpoint
CREATE POLICY "import_jobs_organisation_isolation" ON "import_jobs" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));