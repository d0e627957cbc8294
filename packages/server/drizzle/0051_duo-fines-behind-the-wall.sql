-- DUO's own fines (ADR 0145) behind the database wall like every table (ADR 0096): row-level security
-- forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "duo_fines" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "duo_fines_system" ON "duo_fines" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
