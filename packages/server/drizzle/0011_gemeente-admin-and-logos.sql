CREATE TABLE "gemeente_logos" (
	"gemeente_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gemeente_logos" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "gemeenten" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "gemeente_logos" ADD CONSTRAINT "gemeente_logos_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gemeente_logos" ADD CONSTRAINT "gemeente_logos_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gemeenten_oin_key" ON "gemeenten" USING btree ("oin");--> statement-breakpoint
CREATE POLICY "gemeente_logos_organisation_isolation" ON "gemeente_logos" AS PERMISSIVE FOR ALL TO "koers_app" USING (organisation_id = (SELECT koers_scope_organisation())) WITH CHECK (organisation_id = (SELECT koers_scope_organisation()));