CREATE TABLE "case_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"relation" text,
	"other_case_id" uuid,
	"other_gemeente_code" text,
	"other_gemeente_name" text,
	"moved_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_reason_code" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "status_before_close" text;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_other_case_id_cases_id_fk" FOREIGN KEY ("other_case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_links" ADD CONSTRAINT "case_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_links_case_idx" ON "case_links" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_links_pair_key" ON "case_links" USING btree ("case_id","kind","other_case_id");--> statement-breakpoint
CREATE POLICY "case_links_gemeente_isolation" ON "case_links" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));