-- The contactjournaal (ADR 0100) behind the database wall like every table (ADR 0096): row-level
-- security forced for the owner too, and the owner's deliberate system path (retention, backup).
ALTER TABLE "case_journal_entries" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_journal_entries_system" ON "case_journal_entries" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
