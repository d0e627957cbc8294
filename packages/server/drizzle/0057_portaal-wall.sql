-- The inburgeraar portal's wall (issue 17, ADR 0152). A portal request runs as koers_app with the
-- setting koers.portaal_session (its session token); the database derives from it the ONE case the
-- session belongs to. RESTRICTIVE policies on every table with row-level security then hide every
-- other case's rows, and every table the portal has no business with. Employees' requests and
-- system work have no portal setting: koers_portaal_case() is NULL and the wall does not apply.

-- portaal_sessions: like sessions, no privileges and no policy for koers_app; the functions below
-- read it with their owner's rights.
REVOKE ALL ON TABLE portaal_sessions FROM koers_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_portaal_token_hash() RETURNS text
  LANGUAGE plpgsql STABLE AS
$$
DECLARE
  token text := pg_catalog.current_setting('koers.portaal_session', true);
BEGIN
  IF token IS NULL OR token = '' THEN RETURN NULL; END IF;
  RETURN encode(sha256(convert_to(token, 'UTF8')), 'hex');
END
$$;
--> statement-breakpoint
-- The case of the portal session; NULL without a portal setting (an employee or system work). A
-- portal setting without a valid session gives a case id that matches nothing, never NULL.
CREATE OR REPLACE FUNCTION koers_portaal_case() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  hashed text := public.koers_portaal_token_hash();
BEGIN
  IF hashed IS NULL THEN RETURN NULL; END IF;
  RETURN COALESCE((SELECT ps.case_id FROM public.portaal_sessions ps WHERE ps.id = hashed AND ps.database_expires_at > now()),
                  '00000000-0000-0000-0000-000000000000'::uuid);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_portaal_gemeenten() RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (SELECT coalesce(array_agg(ps.gemeente_id), '{}'::uuid[]) FROM public.portaal_sessions ps
           WHERE ps.id = public.koers_portaal_token_hash() AND ps.database_expires_at > now());
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_portaal_organisation() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (SELECT g.organisation_id FROM public.portaal_sessions ps JOIN public.gemeenten g ON g.id = ps.gemeente_id
           WHERE ps.id = public.koers_portaal_token_hash() AND ps.database_expires_at > now());
END
$$;
--> statement-breakpoint
-- The processing log's pseudonym of the session's case: the only log rows the portal reads (X7).
CREATE OR REPLACE FUNCTION koers_portaal_subject() RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (SELECT ps.subject_pseudonym FROM public.portaal_sessions ps
           WHERE ps.id = public.koers_portaal_token_hash() AND ps.database_expires_at > now());
END
$$;
--> statement-breakpoint
-- The trajectregisseur of the session's case: the only user row the portal reads (its name).
CREATE OR REPLACE FUNCTION koers_portaal_case_manager() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (SELECT c.case_manager_id FROM public.cases c WHERE c.id = public.koers_portaal_case());
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION koers_portaal_case(), koers_portaal_gemeenten(), koers_portaal_organisation(), koers_portaal_subject(), koers_portaal_case_manager() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION koers_portaal_token_hash(), koers_portaal_case(), koers_portaal_gemeenten(), koers_portaal_organisation(), koers_portaal_subject(), koers_portaal_case_manager() TO koers_app;
--> statement-breakpoint
-- The scope: a worker's ids, else the portal session's gemeente, else the employee's session.
CREATE OR REPLACE FUNCTION koers_scope_gemeenten() RETURNS uuid[]
  LANGUAGE sql STABLE AS
$$
  SELECT CASE WHEN current_user = 'koers_worker'
    THEN COALESCE(NULLIF(pg_catalog.current_setting('koers.gemeente_ids', true), '')::uuid[], '{}'::uuid[])
    WHEN public.koers_portaal_token_hash() IS NOT NULL THEN public.koers_portaal_gemeenten()
    ELSE public.koers_session_gemeenten() END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_scope_organisation() RETURNS uuid
  LANGUAGE sql STABLE AS
$$
  SELECT CASE WHEN current_user = 'koers_worker'
    THEN NULLIF(pg_catalog.current_setting('koers.organisation_id', true), '')::uuid
    WHEN public.koers_portaal_token_hash() IS NOT NULL THEN public.koers_portaal_organisation()
    ELSE public.koers_session_organisation() END
$$;
--> statement-breakpoint
-- The new tables behind the database wall like every table (ADR 0096).
ALTER TABLE "portaal_sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "portaal_sessions_system" ON "portaal_sessions" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "portaal_appointment_responses" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "portaal_appointment_responses_system" ON "portaal_appointment_responses" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "portaal_messages" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "portaal_messages_system" ON "portaal_messages" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- The portal wall on every table with row-level security (test/security/database-wall.test.ts
-- checks that every table, including later ones, has its <table>_portaal_wall):
--   cases: only the session's case; a table with case_id: only that case's rows;
--   processing_log: only the rows about the case (its pseudonym); users: only the case's regisseur;
--   reference data without personal data the portal shows (providers, PVT groups and sessions): open;
--   everything else: closed to the portal.
DO $$
DECLARE
  t record;
  rule text;
BEGIN
  FOR t IN SELECT c.relname,
                  EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'case_id' AND NOT a.attisdropped) AS has_case
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
  LOOP
    rule := CASE
      WHEN t.relname = 'cases' THEN 'id = (SELECT koers_portaal_case())'
      WHEN t.relname = 'processing_log' THEN 'data_subject_id = (SELECT koers_portaal_subject())'
      WHEN t.relname = 'users' THEN 'id = (SELECT koers_portaal_case_manager())'
      WHEN t.relname IN ('providers', 'provider_contracts', 'pvt_groups', 'pvt_sessions') THEN 'true'
      WHEN t.has_case THEN 'case_id = (SELECT koers_portaal_case())'
      ELSE 'false' END;
    EXECUTE format('CREATE POLICY %I ON public.%I AS RESTRICTIVE FOR ALL TO koers_app USING ((SELECT koers_portaal_case()) IS NULL OR %s) WITH CHECK ((SELECT koers_portaal_case()) IS NULL OR %s)',
                   t.relname || '_portaal_wall', t.relname, rule, rule);
  END LOOP;
END
$$;
