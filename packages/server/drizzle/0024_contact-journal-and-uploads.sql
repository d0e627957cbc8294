CREATE TABLE "case_journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"contact_on" date NOT NULL,
	"kind" text NOT NULL,
	"with_whom" text,
	"text" text NOT NULL,
	"sensitive" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_journal_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "origin" text DEFAULT 'gegenereerd' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "description" text;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "pip_id" uuid;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "objection_id" uuid;--> statement-breakpoint
ALTER TABLE "case_journal_entries" ADD CONSTRAINT "case_journal_entries_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_journal_entries" ADD CONSTRAINT "case_journal_entries_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_journal_entries" ADD CONSTRAINT "case_journal_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_journal_entries_case_idx" ON "case_journal_entries" USING btree ("case_id","contact_on");--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_pip_id_pips_id_fk" FOREIGN KEY ("pip_id") REFERENCES "public"."pips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_objection_id_pip_objections_id_fk" FOREIGN KEY ("objection_id") REFERENCES "public"."pip_objections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "case_journal_entries_gemeente_isolation" ON "case_journal_entries" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));