CREATE TABLE "relief_partner_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"note" text NOT NULL,
	"reported_on" date NOT NULL,
	"reported_by" uuid NOT NULL,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "relief_partner_problems" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "relief_partner_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"month" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"reported_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_partner_reports_reason_check" CHECK ("relief_partner_reports"."status" = 'uitgevoerd' OR "relief_partner_reports"."reason" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "relief_partner_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "relief_batches" ADD COLUMN "debtor_bic" text;--> statement-breakpoint
ALTER TABLE "relief_partner_problems" ADD CONSTRAINT "relief_partner_problems_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_partner_problems" ADD CONSTRAINT "relief_partner_problems_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_partner_problems" ADD CONSTRAINT "relief_partner_problems_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_partner_reports" ADD CONSTRAINT "relief_partner_reports_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_partner_reports" ADD CONSTRAINT "relief_partner_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_partner_reports" ADD CONSTRAINT "relief_partner_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "relief_partner_problems_case_idx" ON "relief_partner_problems" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "relief_partner_reports_month_key" ON "relief_partner_reports" USING btree ("case_id","month");--> statement-breakpoint
CREATE POLICY "relief_partner_problems_gemeente_isolation" ON "relief_partner_problems" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "relief_partner_reports_gemeente_isolation" ON "relief_partner_reports" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));