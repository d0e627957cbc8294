CREATE TABLE "handhaving_fines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"violation_id" uuid NOT NULL,
	"amount_cents" integer NOT NULL,
	"computation" jsonb NOT NULL,
	"status" text DEFAULT 'opgelegd' NOT NULL,
	"collection_status" text DEFAULT 'open' NOT NULL,
	"paid_cents" integer DEFAULT 0 NOT NULL,
	"collection_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handhaving_fines_violation_id_unique" UNIQUE("violation_id")
);
--> statement-breakpoint
ALTER TABLE "handhaving_fines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "handhaving_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"violation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"created_by" uuid,
	"document_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handhaving_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "handhaving_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"article" integer NOT NULL,
	"established_on" date NOT NULL,
	"source_kind" text NOT NULL,
	"source_id" text,
	"stage" text NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "handhaving_violations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "handhaving_fines" ADD CONSTRAINT "handhaving_fines_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_fines" ADD CONSTRAINT "handhaving_fines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_fines" ADD CONSTRAINT "handhaving_fines_violation_id_handhaving_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."handhaving_violations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_steps" ADD CONSTRAINT "handhaving_steps_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_steps" ADD CONSTRAINT "handhaving_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_steps" ADD CONSTRAINT "handhaving_steps_violation_id_handhaving_violations_id_fk" FOREIGN KEY ("violation_id") REFERENCES "public"."handhaving_violations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_steps" ADD CONSTRAINT "handhaving_steps_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_steps" ADD CONSTRAINT "handhaving_steps_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_violations" ADD CONSTRAINT "handhaving_violations_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_violations" ADD CONSTRAINT "handhaving_violations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handhaving_violations" ADD CONSTRAINT "handhaving_violations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "handhaving_fines_case_idx" ON "handhaving_fines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "handhaving_steps_violation_idx" ON "handhaving_steps" USING btree ("violation_id","occurred_on");--> statement-breakpoint
CREATE INDEX "handhaving_violations_case_idx" ON "handhaving_violations" USING btree ("case_id","established_on");--> statement-breakpoint
CREATE INDEX "handhaving_violations_gemeente_stage_idx" ON "handhaving_violations" USING btree ("gemeente_id","stage");--> statement-breakpoint
CREATE POLICY "handhaving_fines_gemeente_isolation" ON "handhaving_fines" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "handhaving_steps_gemeente_isolation" ON "handhaving_steps" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "handhaving_violations_gemeente_isolation" ON "handhaving_violations" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));