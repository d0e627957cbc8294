CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"bsn" text,
	"v_number" text,
	"given_names" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_date" date NOT NULL,
	"nationality" text NOT NULL,
	"permit" text NOT NULL,
	"status" text NOT NULL,
	"case_manager_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "gemeenten" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"oin" text,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processing_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"trace_id" text NOT NULL,
	"span_id" text NOT NULL,
	"parent_span_id" text,
	"operation_name" text NOT NULL,
	"start_time" timestamp with time zone NOT NULL,
	"end_time" timestamp with time zone NOT NULL,
	"status_code" text NOT NULL,
	"processing_activity_id" text NOT NULL,
	"data_subject_id_type" text NOT NULL,
	"data_subject_id" text NOT NULL,
	"action" text NOT NULL,
	"resource_type" text NOT NULL,
	"resource_id" text,
	"actor_user_id" uuid,
	"organisation_id" uuid NOT NULL,
	"gemeente_id" uuid
);
--> statement-breakpoint
ALTER TABLE "processing_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "record_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"gemeente_id" uuid,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"changes" jsonb NOT NULL,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "record_history" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"login_method" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "user_gemeenten" (
	"user_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "user_gemeenten_user_id_gemeente_id_pk" PRIMARY KEY("user_id","gemeente_id")
);
--> statement-breakpoint
ALTER TABLE "user_gemeenten" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"failed_login_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_case_manager_id_users_id_fk" FOREIGN KEY ("case_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeenten" ADD CONSTRAINT "gemeenten_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_log" ADD CONSTRAINT "processing_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_log" ADD CONSTRAINT "processing_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processing_log" ADD CONSTRAINT "processing_log_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_history" ADD CONSTRAINT "record_history_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_history" ADD CONSTRAINT "record_history_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_history" ADD CONSTRAINT "record_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_gemeenten" ADD CONSTRAINT "user_gemeenten_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_gemeenten" ADD CONSTRAINT "user_gemeenten_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_gemeenten" ADD CONSTRAINT "user_gemeenten_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_gemeente_bsn_key" ON "cases" USING btree ("gemeente_id","bsn");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_gemeente_v_number_key" ON "cases" USING btree ("gemeente_id","v_number");--> statement-breakpoint
CREATE INDEX "cases_case_manager_idx" ON "cases" USING btree ("case_manager_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gemeenten_code_key" ON "gemeenten" USING btree ("code");--> statement-breakpoint
CREATE INDEX "processing_log_subject_idx" ON "processing_log" USING btree ("data_subject_id");--> statement-breakpoint
CREATE INDEX "processing_log_trace_idx" ON "processing_log" USING btree ("trace_id");--> statement-breakpoint
CREATE INDEX "record_history_entity_idx" ON "record_history" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_key" ON "users" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "users_oidc_subject_key" ON "users" USING btree ("oidc_subject");--> statement-breakpoint
CREATE INDEX "users_organisation_idx" ON "users" USING btree ("organisation_id");--> statement-breakpoint
CREATE POLICY "cases_gemeente_isolation" ON "cases" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "processing_log_isolation" ON "processing_log" AS PERMISSIVE FOR ALL TO "koers_app" USING ((gemeente_id IS NULL AND organisation_id = koers_scope_organisation()) OR gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK ((gemeente_id IS NULL AND organisation_id = koers_scope_organisation()) OR gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "record_history_isolation" ON "record_history" AS PERMISSIVE FOR ALL TO "koers_app" USING ((gemeente_id IS NULL AND organisation_id = koers_scope_organisation()) OR gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK ((gemeente_id IS NULL AND organisation_id = koers_scope_organisation()) OR gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "user_gemeenten_organisation_isolation" ON "user_gemeenten" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = koers_scope_organisation()) WITH CHECK (organisation_id = koers_scope_organisation());--> statement-breakpoint
CREATE POLICY "users_organisation_isolation" ON "users" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = koers_scope_organisation()) WITH CHECK (organisation_id = koers_scope_organisation());