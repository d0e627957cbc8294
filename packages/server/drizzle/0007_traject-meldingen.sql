CREATE TABLE "case_duo_contacts" (
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"contactpersoon_id" uuid NOT NULL,
	"status" text DEFAULT 'te-koppelen' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_duo_contacts_case_id_pk" PRIMARY KEY("case_id")
);
--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_hours" (
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"category" text NOT NULL,
	"total" integer NOT NULL,
	"as_of" date NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_hours_case_id_category_pk" PRIMARY KEY("case_id","category")
);
--> statement-breakpoint
ALTER TABLE "case_hours" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"instellingsnummer" text NOT NULL,
	"instelling_naam" text NOT NULL,
	"offered_on" date NOT NULL,
	"expected_start_on" date,
	"expected_end_on" date,
	"literacy" text NOT NULL,
	"status" text DEFAULT 'actief' NOT NULL,
	"withdrawn_on" date,
	"withdraw_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_placements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "case_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"completed_on" date,
	"culpable" boolean,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_results" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_contactpersonen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"duo_id" integer,
	"naam" text NOT NULL,
	"email" text NOT NULL,
	"telefoonnummer" text NOT NULL,
	"status" text DEFAULT 'aan-te-melden' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_contactpersonen" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pip_withdrawals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"pip_id" uuid NOT NULL,
	"withdrawn_on" date NOT NULL,
	"reason" text NOT NULL,
	"note" text,
	"document_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pip_withdrawals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ADD CONSTRAINT "case_duo_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ADD CONSTRAINT "case_duo_contacts_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ADD CONSTRAINT "case_duo_contacts_contactpersoon_id_duo_contactpersonen_id_fk" FOREIGN KEY ("contactpersoon_id") REFERENCES "public"."duo_contactpersonen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hours" ADD CONSTRAINT "case_hours_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hours" ADD CONSTRAINT "case_hours_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_hours" ADD CONSTRAINT "case_hours_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_placements" ADD CONSTRAINT "case_placements_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_placements" ADD CONSTRAINT "case_placements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_placements" ADD CONSTRAINT "case_placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_results" ADD CONSTRAINT "case_results_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_results" ADD CONSTRAINT "case_results_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_results" ADD CONSTRAINT "case_results_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_contactpersonen" ADD CONSTRAINT "duo_contactpersonen_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_contactpersonen" ADD CONSTRAINT "duo_contactpersonen_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_withdrawals" ADD CONSTRAINT "pip_withdrawals_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_withdrawals" ADD CONSTRAINT "pip_withdrawals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_withdrawals" ADD CONSTRAINT "pip_withdrawals_pip_id_pips_id_fk" FOREIGN KEY ("pip_id") REFERENCES "public"."pips"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pip_withdrawals" ADD CONSTRAINT "pip_withdrawals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_duo_contacts_contactpersoon_idx" ON "case_duo_contacts" USING btree ("contactpersoon_id");--> statement-breakpoint
CREATE INDEX "case_placements_case_idx" ON "case_placements" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_results_case_kind_key" ON "case_results" USING btree ("case_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "duo_contactpersonen_gemeente_user_key" ON "duo_contactpersonen" USING btree ("gemeente_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pip_withdrawals_pip_key" ON "pip_withdrawals" USING btree ("pip_id");--> statement-breakpoint
CREATE INDEX "pip_withdrawals_case_idx" ON "pip_withdrawals" USING btree ("case_id");--> statement-breakpoint
CREATE POLICY "case_duo_contacts_gemeente_isolation" ON "case_duo_contacts" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "case_hours_gemeente_isolation" ON "case_hours" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "case_placements_gemeente_isolation" ON "case_placements" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "case_results_gemeente_isolation" ON "case_results" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "duo_contactpersonen_gemeente_isolation" ON "duo_contactpersonen" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "pip_withdrawals_gemeente_isolation" ON "pip_withdrawals" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));