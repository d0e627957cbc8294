CREATE TABLE "relief_agreements" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"status" text NOT NULL,
	"pip_id" uuid,
	"bijstand_from" date NOT NULL,
	"bijstand_monthly_cents" integer NOT NULL,
	"fixed_costs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"executor" text NOT NULL,
	"partner_name" text,
	"start_month" text NOT NULL,
	"end_month_exclusive" text NOT NULL,
	"explanation" text NOT NULL,
	"refusal_note" text,
	"checkpoints" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"housed_on" date,
	"training_planned_on" date,
	"training_attended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_agreements_cents_check" CHECK ("relief_agreements"."bijstand_monthly_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "relief_agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "relief_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"month" text NOT NULL,
	"status" text DEFAULT 'voorstel' NOT NULL,
	"debtor_name" text NOT NULL,
	"debtor_iban" text NOT NULL,
	"total_cents" integer NOT NULL,
	"payment_count" integer NOT NULL,
	"flagged" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"message_id" text,
	"xml" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_batches_four_eyes_check" CHECK ("relief_batches"."approved_by" IS NULL OR "relief_batches"."approved_by" <> "relief_batches"."created_by"),
	CONSTRAINT "relief_batches_approved_check" CHECK ("relief_batches"."status" = 'voorstel' OR ("relief_batches"."approved_by" IS NOT NULL AND "relief_batches"."message_id" IS NOT NULL AND "relief_batches"."xml" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "relief_batches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "relief_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"month" text NOT NULL,
	"cost_id" text NOT NULL,
	"kind" text NOT NULL,
	"payee_name" text NOT NULL,
	"iban" text NOT NULL,
	"reference" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"execution_date" date NOT NULL,
	"status" text DEFAULT 'voorgesteld' NOT NULL,
	"rejection_reason" text,
	"status_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "relief_payments_amount_check" CHECK ("relief_payments"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "relief_payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "relief_agreements" ADD CONSTRAINT "relief_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_agreements" ADD CONSTRAINT "relief_agreements_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_agreements" ADD CONSTRAINT "relief_agreements_pip_id_pips_id_fk" FOREIGN KEY ("pip_id") REFERENCES "public"."pips"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_agreements" ADD CONSTRAINT "relief_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_batches" ADD CONSTRAINT "relief_batches_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_batches" ADD CONSTRAINT "relief_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_batches" ADD CONSTRAINT "relief_batches_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_payments" ADD CONSTRAINT "relief_payments_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_payments" ADD CONSTRAINT "relief_payments_batch_id_relief_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."relief_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relief_payments" ADD CONSTRAINT "relief_payments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "relief_batches_message_id_key" ON "relief_batches" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "relief_batches_open_proposal_key" ON "relief_batches" USING btree ("gemeente_id","month") WHERE status = 'voorstel';--> statement-breakpoint
CREATE UNIQUE INDEX "relief_payments_once_key" ON "relief_payments" USING btree ("case_id","month","cost_id");--> statement-breakpoint
CREATE INDEX "relief_payments_batch_idx" ON "relief_payments" USING btree ("batch_id");--> statement-breakpoint
CREATE POLICY "relief_agreements_gemeente_isolation" ON "relief_agreements" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "relief_batches_gemeente_isolation" ON "relief_batches" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "relief_payments_gemeente_isolation" ON "relief_payments" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));