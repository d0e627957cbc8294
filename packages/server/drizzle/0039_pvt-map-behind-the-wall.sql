-- The PVT and MAP tables (R15, R16; ADR 0124) behind the database wall like every table (ADR 0096):
-- force row-level security and add the system policy.
ALTER TABLE "pvt_groups" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "pvt_groups_system" ON "pvt_groups" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "pvt_sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "pvt_sessions_system" ON "pvt_sessions" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "pvt_participants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "pvt_participants_system" ON "pvt_participants" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "pvt_attendance" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "pvt_attendance_system" ON "pvt_attendance" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "map_activities" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "map_activities_system" ON "map_activities" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
