CREATE TABLE "case_number_counters" (
	"gemeente_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "case_number_counters_gemeente_id_year_pk" PRIMARY KEY("gemeente_id","year")
);
--> statement-breakpoint
ALTER TABLE "case_number_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "case_number" text;--> statement-breakpoint
ALTER TABLE "case_number_counters" ADD CONSTRAINT "case_number_counters_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cases_gemeente_case_number_key" ON "cases" USING btree ("gemeente_id","case_number");--> statement-breakpoint
CREATE POLICY "case_number_counters_gemeente_isolation" ON "case_number_counters" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));