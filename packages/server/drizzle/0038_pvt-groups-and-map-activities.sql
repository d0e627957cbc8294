CREATE TABLE "map_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"held_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"description" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "map_activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pvt_attendance" (
	"gemeente_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pvt_attendance_session_id_case_id_pk" PRIMARY KEY("session_id","case_id")
);
--> statement-breakpoint
ALTER TABLE "pvt_attendance" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pvt_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"name" text NOT NULL,
	"provider_name" text NOT NULL,
	"interpreter_language" text,
	"ceremony_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pvt_groups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pvt_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"signed_on" date,
	"certificate_document_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pvt_participants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pvt_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"start_time" text NOT NULL,
	"minutes" integer NOT NULL,
	"topic" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pvt_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "map_activities" ADD CONSTRAINT "map_activities_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_activities" ADD CONSTRAINT "map_activities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "map_activities" ADD CONSTRAINT "map_activities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_attendance" ADD CONSTRAINT "pvt_attendance_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_attendance" ADD CONSTRAINT "pvt_attendance_session_id_pvt_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."pvt_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_attendance" ADD CONSTRAINT "pvt_attendance_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_groups" ADD CONSTRAINT "pvt_groups_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_groups" ADD CONSTRAINT "pvt_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_participants" ADD CONSTRAINT "pvt_participants_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_participants" ADD CONSTRAINT "pvt_participants_group_id_pvt_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."pvt_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_participants" ADD CONSTRAINT "pvt_participants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_participants" ADD CONSTRAINT "pvt_participants_certificate_document_id_case_documents_id_fk" FOREIGN KEY ("certificate_document_id") REFERENCES "public"."case_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_participants" ADD CONSTRAINT "pvt_participants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_sessions" ADD CONSTRAINT "pvt_sessions_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_sessions" ADD CONSTRAINT "pvt_sessions_group_id_pvt_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."pvt_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pvt_sessions" ADD CONSTRAINT "pvt_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "map_activities_case_idx" ON "map_activities" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "pvt_attendance_case_idx" ON "pvt_attendance" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "pvt_groups_gemeente_idx" ON "pvt_groups" USING btree ("gemeente_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pvt_participants_group_case_key" ON "pvt_participants" USING btree ("group_id","case_id");--> statement-breakpoint
CREATE INDEX "pvt_participants_case_idx" ON "pvt_participants" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "pvt_sessions_group_idx" ON "pvt_sessions" USING btree ("group_id");--> statement-breakpoint
CREATE POLICY "map_activities_gemeente_isolation" ON "map_activities" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "pvt_attendance_gemeente_isolation" ON "pvt_attendance" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "pvt_groups_gemeente_isolation" ON "pvt_groups" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "pvt_participants_gemeente_isolation" ON "pvt_participants" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "pvt_sessions_gemeente_isolation" ON "pvt_sessions" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));