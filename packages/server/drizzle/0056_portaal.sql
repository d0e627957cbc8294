CREATE TABLE "portaal_appointment_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"appointment_kind" text NOT NULL,
	"appointment_id" uuid NOT NULL,
	"response" text NOT NULL,
	"reason" text,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portaal_appointment_responses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "portaal_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"text" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portaal_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "portaal_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"subject_pseudonym" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"database_expires_at" timestamp with time zone DEFAULT now() + interval '2 hours' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portaal_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "portaal_appointment_responses" ADD CONSTRAINT "portaal_appointment_responses_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_appointment_responses" ADD CONSTRAINT "portaal_appointment_responses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_appointment_responses" ADD CONSTRAINT "portaal_appointment_responses_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD CONSTRAINT "portaal_messages_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD CONSTRAINT "portaal_messages_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD CONSTRAINT "portaal_messages_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_sessions" ADD CONSTRAINT "portaal_sessions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_sessions" ADD CONSTRAINT "portaal_sessions_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portaal_appointment_responses_case_idx" ON "portaal_appointment_responses" USING btree ("case_id","appointment_id");--> statement-breakpoint
CREATE INDEX "portaal_messages_case_idx" ON "portaal_messages" USING btree ("case_id","sent_at");--> statement-breakpoint
CREATE INDEX "portaal_sessions_case_idx" ON "portaal_sessions" USING btree ("case_id");--> statement-breakpoint
CREATE POLICY "portaal_appointment_responses_gemeente_isolation" ON "portaal_appointment_responses" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "portaal_messages_gemeente_isolation" ON "portaal_messages" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));