-- The budgetbeheer tables (0042, ADR 0147) behind the database wall like every table (ADR 0096):
-- row-level security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "relief_partner_reports" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "relief_partner_reports_system" ON "relief_partner_reports" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "relief_partner_problems" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "relief_partner_problems_system" ON "relief_partner_problems" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
