-- The voortgang tables (0030, ADR 0120–0122) behind the database wall like every table (ADR 0096):
-- row-level security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "progress_meetings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "progress_meetings_system" ON "progress_meetings" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "interpreter_bookings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "interpreter_bookings_system" ON "interpreter_bookings" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "sociale_kaart_organisations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "sociale_kaart_organisations_system" ON "sociale_kaart_organisations" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "referrals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "referrals_system" ON "referrals" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
