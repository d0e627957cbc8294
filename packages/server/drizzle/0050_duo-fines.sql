CREATE TABLE "duo_fines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision_on" date NOT NULL,
	"amount_cents" integer NOT NULL,
	"new_term_months" integer,
	"previous_term_end_exclusive" date,
	"document_id" uuid,
	"note" text,
	"source" text DEFAULT 'handmatig' NOT NULL,
	"withdrawn_on" date,
	"reviewed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_fines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "duo_fines" ADD CONSTRAINT "duo_fines_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_fines" ADD CONSTRAINT "duo_fines_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_fines" ADD CONSTRAINT "duo_fines_document_id_case_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."case_documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_fines" ADD CONSTRAINT "duo_fines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duo_fines_case_idx" ON "duo_fines" USING btree ("case_id","decision_on");--> statement-breakpoint
CREATE POLICY "duo_fines_gemeente_isolation" ON "duo_fines" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));