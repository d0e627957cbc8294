-- The partner wall (0057, ADR 0159) on the tables with a case_id that came after it (the portal's,
-- 0059): every such table without its "<table>_partner_wall" gets the same RESTRICTIVE policy.
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
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname AND p.policyname = c.relname || '_partner_wall')
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
