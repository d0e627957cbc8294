-- The begeleiding tables (ADR 0149) behind the database wall like every table (ADR 0096): row-level
-- security forced for the owner too, and the owner's deliberate system path. zrm_matrices is scoped
-- to the organisation (like users and providers), the others to the gemeente.
ALTER TABLE "begeleiding_contacts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_contacts_system" ON "begeleiding_contacts" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "zrm_measurements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "zrm_measurements_system" ON "zrm_measurements" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "begeleiding_problems" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_problems_system" ON "begeleiding_problems" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "begeleiding_periods" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_periods_system" ON "begeleiding_periods" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "zrm_matrices" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "zrm_matrices_system" ON "zrm_matrices" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
