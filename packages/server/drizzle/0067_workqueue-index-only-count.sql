-- The werkvoorraad's count and page without reading every signal's row (issue 18, ADR 0040 addendum "index-only").
-- overdue_on = the signal's legal deadline (data.deadline) or else due_on, set by the database on every insert and
-- update — not a generated column, because (jsonb->>'deadline')::date is not immutable — so no writer changes (the
-- refresh per case and the imports' bulk inserts write signals; a value they might give is overwritten).
-- Hand-written beside drizzle's statements: the trigger, the INCLUDE columns, the backfill and the table's autovacuum.
ALTER TABLE "case_signals" ADD COLUMN "overdue_on" date;--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_signal_overdue_on() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  NEW.overdue_on := coalesce((NEW.data->>'deadline')::date, NEW.due_on);
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER case_signals_overdue_on BEFORE INSERT OR UPDATE ON "case_signals" FOR EACH ROW EXECUTE FUNCTION koers_signal_overdue_on();--> statement-breakpoint
-- The keys give the page's order (due_on, kind, id) for one gemeente or one trajectregisseur; the INCLUDE columns
-- are everything else the count, the filters (kind, unassigned) and the row-level security policies read
-- (gemeente isolation: gemeente_id; partner and portaal wall: case_id). The indexes are made before the backfill:
-- an index made after it on the same table would be unusable (pg_index.indcheckxmin) for as long as any transaction
-- older than the migration runs anywhere on the server.
DROP INDEX "case_signals_manager_due_idx";--> statement-breakpoint
DROP INDEX "case_signals_gemeente_due_idx";--> statement-breakpoint
CREATE INDEX "case_signals_manager_due_idx" ON "case_signals" USING btree ("case_manager_id","due_on","kind","id") INCLUDE ("overdue_on","case_id","gemeente_id");--> statement-breakpoint
CREATE INDEX "case_signals_gemeente_due_idx" ON "case_signals" USING btree ("gemeente_id","due_on","kind","id") INCLUDE ("overdue_on","case_id","case_manager_id");--> statement-breakpoint
-- The trigger computes the same value.
UPDATE "case_signals" SET "overdue_on" = coalesce(("data"->>'deadline')::date, "due_on");--> statement-breakpoint
-- An index-only scan skips the table only for pages the visibility map marks all-visible, which only VACUUM sets.
-- Signals are deleted and inserted all day (every case write refreshes its case's), so this table is vacuumed
-- after 2% of its rows changed or were inserted rather than PostgreSQL's default 20%.
ALTER TABLE "case_signals" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
