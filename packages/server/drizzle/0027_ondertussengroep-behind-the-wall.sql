-- The two tables of the ondertussengroep (0022) came after the database wall (0018): force
-- row-level security and add the system policy, as 0021 did for the retention tables (ADR 0096).
ALTER TABLE "support_plans" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "support_plans_system" ON "support_plans" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "ontheffing_requests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "ontheffing_requests_system" ON "ontheffing_requests" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
