-- Providers, contracts, the partner-aanbieder link and the provider reports (ADRs 0116–0118) behind
-- the database wall like every table (ADR 0096): row-level security forced for the owner too, and
-- the owner's deliberate system path. providers, provider_contracts and provider_users are scoped to
-- the organisation (like users); placement_reports to the gemeente (like case_placements).
ALTER TABLE "providers" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "providers_system" ON "providers" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "provider_contracts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "provider_contracts_system" ON "provider_contracts" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "provider_users" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "provider_users_system" ON "provider_users" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "placement_reports" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "placement_reports_system" ON "placement_reports" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
