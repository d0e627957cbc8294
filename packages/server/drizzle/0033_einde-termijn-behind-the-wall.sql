-- The two tables of the end of the termijn (0030) behind the database wall (0018): force
-- row-level security and add the system policy, as 0027 did for the ondertussengroep (ADR 0096).
ALTER TABLE "duo_exam_results" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "duo_exam_results_system" ON "duo_exam_results" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "term_extensions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "term_extensions_system" ON "term_extensions" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
