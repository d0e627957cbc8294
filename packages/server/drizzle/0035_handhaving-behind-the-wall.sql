-- Handhaving (0030, ADR 0132) behind the database wall like every table (ADR 0096): row-level
-- security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "handhaving_violations" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "handhaving_violations_system" ON "handhaving_violations" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "handhaving_steps" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "handhaving_steps_system" ON "handhaving_steps" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "handhaving_fines" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "handhaving_fines_system" ON "handhaving_fines" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- A step is a fact with its date and author: requests add steps, they never rewrite one.
REVOKE UPDATE ON "handhaving_steps" FROM koers_app;
