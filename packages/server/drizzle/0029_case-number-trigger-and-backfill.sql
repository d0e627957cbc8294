-- Case numbers (ADR 0106): "INB-<year>-<six digits>", per gemeente and year of creation (Europe/
-- Amsterdam), given out by the database on every insert into cases, so every path that creates a
-- case (registration, imports, DUO, demo, restore) gets one. Hand-written: the counter table's
-- system policy and forced RLS (ADR 0096), the trigger, and the backfill of existing cases.
ALTER TABLE "case_number_counters" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_number_counters_system" ON "case_number_counters" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- SECURITY INVOKER: the counter row is written under the inserting role's own policies, so a
-- request can only advance the counter of a gemeente in its scope. An explicit case_number (a
-- restore) is kept as it is.
CREATE OR REPLACE FUNCTION koers_assign_case_number() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  case_year integer;
  next_number integer;
BEGIN
  IF NEW.case_number IS NOT NULL THEN
    RETURN NEW;
  END IF;
  case_year := extract(year FROM (coalesce(NEW.created_at, now()) AT TIME ZONE 'Europe/Amsterdam'))::integer;
  INSERT INTO public.case_number_counters AS c (gemeente_id, year, last_number)
       VALUES (NEW.gemeente_id, case_year, 1)
  ON CONFLICT (gemeente_id, year) DO UPDATE SET last_number = c.last_number + 1
    RETURNING c.last_number INTO next_number;
  NEW.case_number := 'INB-' || case_year::text || '-' || lpad(next_number::text, 6, '0');
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER cases_assign_case_number BEFORE INSERT ON cases FOR EACH ROW EXECUTE FUNCTION koers_assign_case_number();--> statement-breakpoint
-- Existing cases, in the order they were created; the counters continue after them. (The
-- migrating owner is a member of koers_system, whose policies let it past the wall.)
WITH numbered AS (
  SELECT id, gemeente_id,
         extract(year FROM (created_at AT TIME ZONE 'Europe/Amsterdam'))::integer AS case_year,
         row_number() OVER (PARTITION BY gemeente_id, extract(year FROM (created_at AT TIME ZONE 'Europe/Amsterdam')) ORDER BY created_at, id) AS n
    FROM cases
   WHERE case_number IS NULL
)
UPDATE cases SET case_number = 'INB-' || numbered.case_year::text || '-' || lpad(numbered.n::text, 6, '0')
  FROM numbered WHERE cases.id = numbered.id;--> statement-breakpoint
INSERT INTO case_number_counters (gemeente_id, year, last_number)
SELECT gemeente_id, substring(case_number FROM 5 FOR 4)::integer, max(substring(case_number FROM 10)::integer)
  FROM cases WHERE case_number IS NOT NULL
 GROUP BY gemeente_id, substring(case_number FROM 5 FOR 4)::integer
ON CONFLICT (gemeente_id, year) DO UPDATE SET last_number = greatest(case_number_counters.last_number, excluded.last_number);
