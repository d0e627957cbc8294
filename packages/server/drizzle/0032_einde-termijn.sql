CREATE TABLE "duo_exam_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"onderdeel" text NOT NULL,
	"niveau" text,
	"resultaat" text NOT NULL,
	"reden_geen_resultaat" text,
	"examendatum" date NOT NULL,
	"inbox_id" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_exam_results" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "term_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"requested_on" date NOT NULL,
	"months" integer NOT NULL,
	"motivation" text,
	"assessment" jsonb,
	"decision" text,
	"decided_on" date,
	"decision_motivation" text,
	"previous_end_exclusive" date,
	"new_end_exclusive" date,
	"document_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "term_extensions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "duo_exam_results" ADD CONSTRAINT "duo_exam_results_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_exam_results" ADD CONSTRAINT "duo_exam_results_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_exam_results" ADD CONSTRAINT "duo_exam_results_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_extensions" ADD CONSTRAINT "term_extensions_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_extensions" ADD CONSTRAINT "term_extensions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_extensions" ADD CONSTRAINT "term_extensions_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "term_extensions" ADD CONSTRAINT "term_extensions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duo_exam_results_case_part_date_key" ON "duo_exam_results" USING btree ("case_id","onderdeel","examendatum");--> statement-breakpoint
CREATE INDEX "term_extensions_case_idx" ON "term_extensions" USING btree ("case_id");--> statement-breakpoint
CREATE POLICY "duo_exam_results_gemeente_isolation" ON "duo_exam_results" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "term_extensions_gemeente_isolation" ON "term_extensions" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));