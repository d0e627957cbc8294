CREATE TABLE "begeleiding_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"contact_on" date NOT NULL,
	"kind" text NOT NULL,
	"minutes" integer NOT NULL,
	"topic" text NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "begeleiding_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "begeleiding_periods" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"expected_end_on" date NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "begeleiding_periods" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "begeleiding_problems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"handled_on" date,
	"handled_note" text,
	"handled_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "begeleiding_problems" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "zrm_matrices" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"matrix" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zrm_matrices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "zrm_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"measured_on" date NOT NULL,
	"scores" jsonb NOT NULL,
	"matrix" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "zrm_measurements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "provider_contracts" ADD COLUMN "access_months_after_end" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "begeleiding_contacts" ADD CONSTRAINT "begeleiding_contacts_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_contacts" ADD CONSTRAINT "begeleiding_contacts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_contacts" ADD CONSTRAINT "begeleiding_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_periods" ADD CONSTRAINT "begeleiding_periods_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_periods" ADD CONSTRAINT "begeleiding_periods_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_problems" ADD CONSTRAINT "begeleiding_problems_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_problems" ADD CONSTRAINT "begeleiding_problems_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_problems" ADD CONSTRAINT "begeleiding_problems_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "begeleiding_problems" ADD CONSTRAINT "begeleiding_problems_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_matrices" ADD CONSTRAINT "zrm_matrices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_measurements" ADD CONSTRAINT "zrm_measurements_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_measurements" ADD CONSTRAINT "zrm_measurements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zrm_measurements" ADD CONSTRAINT "zrm_measurements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "begeleiding_contacts_case_idx" ON "begeleiding_contacts" USING btree ("case_id","contact_on");--> statement-breakpoint
CREATE INDEX "begeleiding_problems_case_idx" ON "begeleiding_problems" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "zrm_measurements_case_idx" ON "zrm_measurements" USING btree ("case_id","measured_on");--> statement-breakpoint
CREATE POLICY "cases_partner_wall" ON "cases" AS RESTRICTIVE FOR ALL TO "koers_app" USING (COALESCE((SELECT s.role FROM koers_session_user() s) NOT IN ('partner-begeleiding', 'partner-aanbieder'), true)
  OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = cases.id AND a.user_id = (SELECT s.user_id FROM koers_session_user() s))
  OR EXISTS (
    SELECT 1 FROM case_placements p
      JOIN provider_contracts pc ON pc.id = p.contract_id
      JOIN provider_users pu ON pu.provider_id = pc.provider_id
     WHERE p.case_id = cases.id
       AND pu.user_id = (SELECT s.user_id FROM koers_session_user() s)
       AND (p.status = 'actief' OR (COALESCE(p.withdrawn_on, p.updated_at::date) + make_interval(months => pc.access_months_after_end))::date >= current_date))) WITH CHECK (COALESCE((SELECT s.role FROM koers_session_user() s) NOT IN ('partner-begeleiding', 'partner-aanbieder'), true)
  OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = cases.id AND a.user_id = (SELECT s.user_id FROM koers_session_user() s))
  OR EXISTS (
    SELECT 1 FROM case_placements p
      JOIN provider_contracts pc ON pc.id = p.contract_id
      JOIN provider_users pu ON pu.provider_id = pc.provider_id
     WHERE p.case_id = cases.id
       AND pu.user_id = (SELECT s.user_id FROM koers_session_user() s)
       AND (p.status = 'actief' OR (COALESCE(p.withdrawn_on, p.updated_at::date) + make_interval(months => pc.access_months_after_end))::date >= current_date)));--> statement-breakpoint
CREATE POLICY "begeleiding_contacts_gemeente_isolation" ON "begeleiding_contacts" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "begeleiding_periods_gemeente_isolation" ON "begeleiding_periods" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "begeleiding_problems_gemeente_isolation" ON "begeleiding_problems" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "zrm_matrices_organisation_isolation" ON "zrm_matrices" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));--> statement-breakpoint
CREATE POLICY "zrm_measurements_gemeente_isolation" ON "zrm_measurements" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));