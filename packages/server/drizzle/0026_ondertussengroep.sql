CREATE TABLE "ontheffing_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"ground" text NOT NULL,
	"status" text NOT NULL,
	"requested_on" date,
	"duo_decision_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ontheffing_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "support_plans" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"status" text DEFAULT 'concept' NOT NULL,
	"goal" text,
	"offers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duty_end_on" date,
	"loan_status" text DEFAULT 'onbekend' NOT NULL,
	"loan_status_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "support_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "ontheffing_requests" ADD CONSTRAINT "ontheffing_requests_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ontheffing_requests" ADD CONSTRAINT "ontheffing_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ontheffing_requests" ADD CONSTRAINT "ontheffing_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plans" ADD CONSTRAINT "support_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ontheffing_requests_case_idx" ON "ontheffing_requests" USING btree ("case_id");--> statement-breakpoint
CREATE POLICY "ontheffing_requests_gemeente_isolation" ON "ontheffing_requests" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "support_plans_gemeente_isolation" ON "support_plans" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));