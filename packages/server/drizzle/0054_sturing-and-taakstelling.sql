CREATE TABLE "case_sturing" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_manager_id" uuid,
	"wi2021_plichtig" boolean NOT NULL,
	"obliged" boolean NOT NULL,
	"in_beeld_on" date NOT NULL,
	"closed_on" date,
	"linked_on" date,
	"housed_on" date,
	"pip_deadline" date,
	"first_pip_on" date,
	"route" text,
	"route_switched_on" date,
	"a2_downgraded_on" date,
	"pvt_done_on" date,
	"map_done_on" date,
	"relief_from" date,
	"relief_until" date
);
--> statement-breakpoint
ALTER TABLE "case_sturing" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "huisvestingstaakstellingen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"half" integer NOT NULL,
	"aantal" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "huisvestingstaakstellingen_half_check" CHECK ("huisvestingstaakstellingen"."half" in (1, 2)),
	CONSTRAINT "huisvestingstaakstellingen_aantal_check" CHECK ("huisvestingstaakstellingen"."aantal" >= 0)
);
--> statement-breakpoint
ALTER TABLE "huisvestingstaakstellingen" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_sturing" ADD CONSTRAINT "case_sturing_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sturing" ADD CONSTRAINT "case_sturing_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sturing" ADD CONSTRAINT "case_sturing_case_manager_id_users_id_fk" FOREIGN KEY ("case_manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "huisvestingstaakstellingen" ADD CONSTRAINT "huisvestingstaakstellingen_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "huisvestingstaakstellingen" ADD CONSTRAINT "huisvestingstaakstellingen_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_sturing_gemeente_in_beeld_idx" ON "case_sturing" USING btree ("gemeente_id","in_beeld_on");--> statement-breakpoint
CREATE UNIQUE INDEX "huisvestingstaakstellingen_gemeente_half_key" ON "huisvestingstaakstellingen" USING btree ("gemeente_id","year","half");--> statement-breakpoint
CREATE POLICY "case_sturing_gemeente_isolation" ON "case_sturing" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "huisvestingstaakstellingen_gemeente_isolation" ON "huisvestingstaakstellingen" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));