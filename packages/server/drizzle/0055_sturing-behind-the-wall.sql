-- The dashboard facts and the huisvestingstaakstelling (ADR 0140) behind the database wall like
-- every table (ADR 0096): row-level security forced for the owner too, and the system policy.
-- case_sturing is filled for existing cases by the once-per-rules-version recompute at start
-- (SIGNAL_RULES_VERSION was raised with it), which rewrites every case's signals and facts.
ALTER TABLE "case_sturing" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_sturing_system" ON "case_sturing" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "huisvestingstaakstellingen" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "huisvestingstaakstellingen_system" ON "huisvestingstaakstellingen" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
