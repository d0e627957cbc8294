CREATE TABLE "halfjaar_rapportages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"half_year" text NOT NULL,
	"texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "halfjaar_rapportages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "halfjaar_rapportages" ADD CONSTRAINT "halfjaar_rapportages_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "halfjaar_rapportages" ADD CONSTRAINT "halfjaar_rapportages_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "halfjaar_rapportages_gemeente_half_year_key" ON "halfjaar_rapportages" USING btree ("gemeente_id","half_year");--> statement-breakpoint
CREATE POLICY "halfjaar_rapportages_gemeente_isolation" ON "halfjaar_rapportages" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));