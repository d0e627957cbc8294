CREATE TABLE "placement_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"reported_on" date NOT NULL,
	"payload" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "placement_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "provider_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gemeente_ids" jsonb NOT NULL,
	"routes" jsonb NOT NULL,
	"keurmerk" text,
	"keurmerk_valid_until" date,
	"locations" jsonb NOT NULL,
	"reporting_every_weeks" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provider_contracts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "provider_users" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provider_users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kinds" jsonb NOT NULL,
	"instellingsnummer" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "providers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_hours" ADD COLUMN "reported_hours" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "case_placements" ADD COLUMN "contract_id" uuid;--> statement-breakpoint
ALTER TABLE "case_placements" ADD COLUMN "start_moment" date;--> statement-breakpoint
ALTER TABLE "case_placements" ADD COLUMN "location" text;--> statement-breakpoint
ALTER TABLE "placement_reports" ADD CONSTRAINT "placement_reports_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reports" ADD CONSTRAINT "placement_reports_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reports" ADD CONSTRAINT "placement_reports_placement_id_case_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."case_placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reports" ADD CONSTRAINT "placement_reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_contracts" ADD CONSTRAINT "provider_contracts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_contracts" ADD CONSTRAINT "provider_contracts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_users" ADD CONSTRAINT "provider_users_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_users" ADD CONSTRAINT "provider_users_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_users" ADD CONSTRAINT "provider_users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "placement_reports_natural_key" ON "placement_reports" USING btree ("placement_id","kind","key");--> statement-breakpoint
CREATE INDEX "placement_reports_case_idx" ON "placement_reports" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "provider_contracts_organisation_idx" ON "provider_contracts" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "providers_organisation_idx" ON "providers" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "case_placements" ADD CONSTRAINT "case_placements_contract_id_provider_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."provider_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_placements_contract_idx" ON "case_placements" USING btree ("contract_id");--> statement-breakpoint
CREATE POLICY "placement_reports_gemeente_isolation" ON "placement_reports" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "provider_contracts_organisation_isolation" ON "provider_contracts" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));--> statement-breakpoint
CREATE POLICY "provider_users_organisation_isolation" ON "provider_users" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));--> statement-breakpoint
CREATE POLICY "providers_organisation_isolation" ON "providers" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));