-- The participation tables (R14; ADR 0143) behind the database wall like every table (ADR 0096):
-- force row-level security and add the system policy.
ALTER TABLE "participation_places" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "participation_places_system" ON "participation_places" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "participation_placements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "participation_placements_system" ON "participation_placements" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "participation_hours" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "participation_hours_system" ON "participation_hours" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
