CREATE TABLE "case_assignments" (
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_assignments_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "case_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_checklist_items" (
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"item" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"responsible" text,
	"due_on" date,
	"done_on" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_checklist_items_case_id_item_pk" PRIMARY KEY("case_id","item")
);
--> statement-breakpoint
ALTER TABLE "case_checklist_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"mime_type" text NOT NULL,
	"content" "bytea" NOT NULL,
	"size_bytes" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_duo_data" (
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"resource" text NOT NULL,
	"data" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"inbox_id" uuid,
	CONSTRAINT "case_duo_data_case_id_resource_pk" PRIMARY KEY("case_id","resource")
);
--> statement-breakpoint
ALTER TABLE "case_duo_data" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"occurred_on" date NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text DEFAULT 'koers' NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"section" text
);
--> statement-breakpoint
ALTER TABLE "case_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_intakes" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_on" date,
	"completed_on" date,
	"completed_without_person" boolean DEFAULT false NOT NULL,
	"themes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sensitive_notes" text,
	"summary" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_intakes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"planned_at" timestamp with time zone,
	"location" text,
	"mode" text DEFAULT 'fysiek' NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interpreter" boolean DEFAULT false NOT NULL,
	"interpreter_language" text,
	"interviewed_alone" boolean,
	"status" text DEFAULT 'gepland' NOT NULL,
	"notes" text,
	"outcome" text,
	"themes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sensitive_notes" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_meetings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_signals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"case_manager_id" uuid,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"reason" text NOT NULL,
	"section" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_signals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_inbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"bericht_id" text NOT NULL,
	"event_code" text NOT NULL,
	"bsn" text,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'ontvangen' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"processed_at" timestamp with time zone,
	"last_error" text,
	"case_id" uuid
);
--> statement-breakpoint
ALTER TABLE "duo_inbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid,
	"bericht_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"operation" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'wachtend' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "duo_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "intake_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sequence" integer NOT NULL,
	"sent_on" date NOT NULL,
	"respond_by" date NOT NULL,
	"appointment_at" timestamp with time zone,
	"location" text,
	"warning_sent_on" date,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"outcome_on" date,
	"document_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intake_invitations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "learnability_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"instrument" text,
	"observed_on" date NOT NULL,
	"author" text NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"advised_route" text,
	"summary" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learnability_evidence" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "learnability_tests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"planned_at" timestamp with time zone,
	"location" text,
	"device" text,
	"supervisor" text,
	"status" text DEFAULT 'gepland' NOT NULL,
	"exemption" text,
	"result_on" date,
	"advised_route" text,
	"result_details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text DEFAULT 'koers' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learnability_tests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pip_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"pip_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"status" text DEFAULT 'ontvangen' NOT NULL,
	"decided_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pip_objections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"kind" text NOT NULL,
	"issued_on" date,
	"route" text,
	"level" text,
	"a2_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"intensity" text,
	"hours_per_week" integer,
	"estimated_b1_intensity" text,
	"motivation" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deviates_from_advice" boolean DEFAULT false NOT NULL,
	"support" text,
	"pvt_intensity" text,
	"map_intensity" text,
	"map_themes_omitted" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"vve" text,
	"participation" text,
	"participatiewet" text,
	"relief" jsonb,
	"progress_meetings" integer,
	"change_reason" text,
	"change_note" text,
	"supersedes_id" uuid,
	"duo_validation" jsonb,
	"document_id" uuid,
	"created_by" uuid,
	"issued_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pips" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "source" text DEFAULT 'handmatig' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "permit_purpose" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "joins_protected_holder" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "eu_family_member" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "obliged" boolean;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "not_obliged_reason" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "target_group" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "regime" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "duty_explanation" jsonb;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "linked_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "duty_start_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "duo_notice_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "registered_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "moved_in_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "housed_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "third_party_info_received_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "term_start" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "term_end_exclusive" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "coa_reference" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "coa_location" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "preferred_language" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "interpreter_needed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_assignments" ADD CONSTRAINT "case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_checklist_items" ADD CONSTRAINT "case_checklist_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_checklist_items" ADD CONSTRAINT "case_checklist_items_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_data" ADD CONSTRAINT "case_duo_data_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_data" ADD CONSTRAINT "case_duo_data_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_data" ADD CONSTRAINT "case_duo_data_inbox_id_duo_inbox_id_fk" FOREIGN KEY ("inbox_id") REFERENCES "public"."duo_inbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_intakes" ADD CONSTRAINT "case_intakes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_intakes" ADD CONSTRAINT "case_intakes_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_meetings" ADD CONSTRAINT "case_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_signals" ADD CONSTRAINT "case_signals_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_signals" ADD CONSTRAINT "case_signals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_signals" ADD CONSTRAINT "case_signals_case_manager_id_users_id_fk" FOREIGN KEY ("case_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_inbox" ADD CONSTRAINT "duo_inbox_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_inbox" ADD CONSTRAINT "duo_inbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_outbox" ADD CONSTRAINT "duo_outbox_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_outbox" ADD CONSTRAINT "duo_outbox_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_outbox" ADD CONSTRAINT "duo_outbox_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_invitations" ADD CONSTRAINT "intake_invitations_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_invitations" ADD CONSTRAINT "intake_invitations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_invitations" ADD CONSTRAINT "intake_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_evidence" ADD CONSTRAINT "learnability_evidence_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_evidence" ADD CONSTRAINT "learnability_evidence_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_evidence" ADD CONSTRAINT "learnability_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_tests" ADD CONSTRAINT "learnability_tests_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_tests" ADD CONSTRAINT "learnability_tests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learnability_tests" ADD CONSTRAINT "learnability_tests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_objections" ADD CONSTRAINT "pip_objections_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_objections" ADD CONSTRAINT "pip_objections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_objections" ADD CONSTRAINT "pip_objections_pip_id_pips_id_fk" FOREIGN KEY ("pip_id") REFERENCES "public"."pips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_objections" ADD CONSTRAINT "pip_objections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pips" ADD CONSTRAINT "pips_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pips" ADD CONSTRAINT "pips_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pips" ADD CONSTRAINT "pips_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pips" ADD CONSTRAINT "pips_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_assignments_user_idx" ON "case_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "case_documents_case_idx" ON "case_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_meetings_case_idx" ON "case_meetings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_signals_manager_due_idx" ON "case_signals" USING btree ("case_manager_id","due_on");--> statement-breakpoint
CREATE INDEX "case_signals_gemeente_due_idx" ON "case_signals" USING btree ("gemeente_id","due_on");--> statement-breakpoint
CREATE INDEX "case_signals_case_idx" ON "case_signals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duo_inbox_gemeente_bericht_key" ON "duo_inbox" USING btree ("gemeente_id","bericht_id");--> statement-breakpoint
CREATE INDEX "duo_inbox_status_idx" ON "duo_inbox" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "duo_outbox_bericht_key" ON "duo_outbox" USING btree ("bericht_id");--> statement-breakpoint
CREATE INDEX "duo_outbox_due_idx" ON "duo_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "duo_outbox_case_idx" ON "duo_outbox" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_invitations_case_sequence_key" ON "intake_invitations" USING btree ("case_id","sequence");--> statement-breakpoint
CREATE INDEX "learnability_evidence_case_idx" ON "learnability_evidence" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "learnability_tests_case_idx" ON "learnability_tests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "pip_objections_case_idx" ON "pip_objections" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pips_case_version_key" ON "pips" USING btree ("case_id","version");--> statement-breakpoint
CREATE INDEX "cases_gemeente_status_idx" ON "cases" USING btree ("gemeente_id","status");--> statement-breakpoint
CREATE INDEX "cases_gemeente_family_name_idx" ON "cases" USING btree ("gemeente_id","family_name");--> statement-breakpoint
CREATE POLICY "case_assignments_gemeente_isolation" ON "case_assignments" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_checklist_items_gemeente_isolation" ON "case_checklist_items" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_documents_gemeente_isolation" ON "case_documents" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_duo_data_gemeente_isolation" ON "case_duo_data" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_events_gemeente_isolation" ON "case_events" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_intakes_gemeente_isolation" ON "case_intakes" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_meetings_gemeente_isolation" ON "case_meetings" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "case_signals_gemeente_isolation" ON "case_signals" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "duo_inbox_gemeente_isolation" ON "duo_inbox" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "duo_outbox_gemeente_isolation" ON "duo_outbox" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "intake_invitations_gemeente_isolation" ON "intake_invitations" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "learnability_evidence_gemeente_isolation" ON "learnability_evidence" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "learnability_tests_gemeente_isolation" ON "learnability_tests" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "pip_objections_gemeente_isolation" ON "pip_objections" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));--> statement-breakpoint
CREATE POLICY "pips_gemeente_isolation" ON "pips" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY (koers_scope_gemeenten())) WITH CHECK (gemeente_id = ANY (koers_scope_gemeenten()));