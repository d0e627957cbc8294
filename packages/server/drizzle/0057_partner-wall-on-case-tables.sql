-- The partner wall on every table that hangs off a case (ADR 0159, extending ADR 0150).
--
-- koers_partner_case_ids(caller): for a request (caller koers_app) whose session user is a partner
-- (partner-begeleiding, partner-aanbieder, partner-budgetbeheer), the ids of the cases it may see:
-- the cases it is assigned to, and — a provider — the cases placed under a contract of its provider
-- while the placement runs and for the contract's access_months_after_end after it was withdrawn (by
-- the database's clock, like the sessions). NULL for everyone else: employees, the worker, the owner.
-- SECURITY DEFINER: it reads case_assignments and case_placements past their own walls. The caller's
-- role is passed in by the policy (current_user there), because inside this function current_user
-- is the owner: the owner's own queries here hit the same walls and must not recurse.
CREATE OR REPLACE FUNCTION koers_partner_case_ids(p_caller text) RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  me record;
BEGIN
  IF p_caller IS DISTINCT FROM 'koers_app' THEN
    RETURN NULL;
  END IF;
  SELECT * INTO me FROM public.koers_session_user();
  IF me.role IS NULL OR me.role NOT IN ('partner-begeleiding', 'partner-aanbieder', 'partner-budgetbeheer') THEN
    RETURN NULL;
  END IF;
  RETURN (
    SELECT coalesce(array_agg(DISTINCT v.case_id), '{}'::uuid[])
      FROM (
        SELECT a.case_id FROM public.case_assignments a WHERE a.user_id = me.user_id
        UNION ALL
        SELECT p.case_id
          FROM public.case_placements p
          JOIN public.provider_contracts pc ON pc.id = p.contract_id
          JOIN public.provider_users pu ON pu.provider_id = pc.provider_id
         WHERE me.role = 'partner-aanbieder'
           AND pu.user_id = me.user_id
           AND (p.status = 'actief' OR (COALESCE(p.withdrawn_on, p.updated_at::date) + make_interval(months => pc.access_months_after_end))::date >= current_date)
      ) v);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION koers_partner_case_ids(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION koers_partner_case_ids(text) TO koers_app;
--> statement-breakpoint
-- A RESTRICTIVE policy "<table>_partner_wall" on every table of the public schema with a case_id
-- column (cases itself has its own, in schema.ts): it only narrows the gemeente policy. The sub-selects
-- make each function call an InitPlan, once per query; for everyone but a partner the first one is
-- true and the second is never evaluated. A row without a case (case_id NULL) is no partner's row.
-- Tables added later need the same policy: test/security/partner-wall.test.ts walks the catalog.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.relname
      FROM pg_catalog.pg_attribute a
      JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attname = 'case_id' AND NOT a.attisdropped
       AND c.relname <> 'cases'
     ORDER BY c.relname
  LOOP
    EXECUTE format(
      'CREATE POLICY %I ON public.%I AS RESTRICTIVE FOR ALL TO koers_app'
      ' USING ((SELECT public.koers_partner_case_ids(current_user::text)) IS NULL OR case_id = ANY ((SELECT public.koers_partner_case_ids(current_user::text))::uuid[]))'
      ' WITH CHECK ((SELECT public.koers_partner_case_ids(current_user::text)) IS NULL OR case_id = ANY ((SELECT public.koers_partner_case_ids(current_user::text))::uuid[]))',
      t.relname || '_partner_wall', t.relname);
  END LOOP;
END
$$;
