-- cost_lines (R27, ADR 0139) behind the database wall like every table (ADR 0096): row-level
-- security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "cost_lines" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "cost_lines_system" ON "cost_lines" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
