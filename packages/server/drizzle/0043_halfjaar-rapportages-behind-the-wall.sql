-- The half-year report texts (ADR 0142) behind the database wall like every table (ADR 0096):
-- row-level security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "halfjaar_rapportages" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "halfjaar_rapportages_system" ON "halfjaar_rapportages" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
