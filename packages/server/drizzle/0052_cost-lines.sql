CREATE TABLE "cost_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"voorziening" text NOT NULL,
	"description" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"ondertussengroep" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cost_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_lines" ADD CONSTRAINT "cost_lines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cost_lines_gemeente_year_idx" ON "cost_lines" USING btree ("gemeente_id","year");--> statement-breakpoint
CREATE POLICY "cost_lines_gemeente_isolation" ON "cost_lines" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));