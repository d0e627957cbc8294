-- The retention tables (0019) came after the database wall (0018), whose loop forced row-level
-- security and added the system policy only on the tables that existed then (ADR 0096).
ALTER TABLE "retention_runs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "retention_runs_system" ON "retention_runs" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "scheduled_jobs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "scheduled_jobs_system" ON "scheduled_jobs" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);
