CREATE TABLE "participation_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"hours" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_hours_period_uq" UNIQUE("placement_id","period_start")
);
--> statement-breakpoint
ALTER TABLE "participation_hours" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "participation_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_per_week" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_placements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "participation_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"hours_per_week" integer NOT NULL,
	"contact" text,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_places" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_hours" ADD COLUMN "participation_hours" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "pvt_groups" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_placement_id_participation_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."participation_placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_hours" ADD CONSTRAINT "participation_hours_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_placements" ADD CONSTRAINT "participation_placements_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_placements" ADD CONSTRAINT "participation_placements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_placements" ADD CONSTRAINT "participation_placements_place_id_participation_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."participation_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_placements" ADD CONSTRAINT "participation_placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_places" ADD CONSTRAINT "participation_places_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_hours_case_idx" ON "participation_hours" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "participation_placements_case_idx" ON "participation_placements" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "participation_places_gemeente_idx" ON "participation_places" USING btree ("gemeente_id");--> statement-breakpoint
ALTER TABLE "pvt_groups" ADD CONSTRAINT "pvt_groups_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "participation_hours_gemeente_isolation" ON "participation_hours" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "participation_placements_gemeente_isolation" ON "participation_placements" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "participation_places_gemeente_isolation" ON "participation_places" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));