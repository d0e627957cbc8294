-- The begeleiding tables (ADR 0149) behind the database wall like every table (ADR 0096): row-level
-- security forced for the owner too, and the owner's deliberate system path. zrm_matrices is scoped
-- to the organisation (like users and providers), the others to the gemeente.
ALTER TABLE "begeleiding_contacts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_contacts_system" ON "begeleiding_contacts" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "zrm_measurements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "zrm_measurements_system" ON "zrm_measurements" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "begeleiding_problems" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_problems_system" ON "begeleiding_problems" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "begeleiding_periods" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "begeleiding_periods_system" ON "begeleiding_periods" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "zrm_matrices" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "zrm_matrices_system" ON "zrm_matrices" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- The partner wall (ADR 0150). The session's user when it is a partner (partner-begeleiding,
-- partner-aanbieder); NULL for every other role and for work without a session (koers_worker, the
-- owner). SECURITY DEFINER like koers_session_gemeenten(): koers_app cannot read sessions itself.
CREATE OR REPLACE FUNCTION koers_session_partner() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (
    SELECT u.id
      FROM public.sessions s JOIN public.users u ON u.id = s.user_id
     WHERE s.id = encode(sha256(convert_to(current_setting('koers.session', true), 'UTF8')), 'hex')
       AND s.database_expires_at > now()
       AND u.active
       AND u.role IN ('partner-begeleiding', 'partner-aanbieder'));
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION koers_session_partner() FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION koers_session_partner() TO koers_app;--> statement-breakpoint
-- A partner's session sees only the cases it is assigned to, or (a partner-aanbieder) the cases
-- placed under a contract of its provider: while the placement runs, and for the contract's
-- access_months_after_end after it was withdrawn (by the database's clock, like the sessions).
-- RESTRICTIVE: it narrows the gemeente policy, it never widens it. Everyone else: unchanged.
CREATE POLICY "cases_partner_wall" ON "cases" AS RESTRICTIVE FOR ALL TO koers_app
  USING (
    (SELECT koers_session_partner()) IS NULL
    OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = cases.id AND a.user_id = (SELECT koers_session_partner()))
    OR EXISTS (
      SELECT 1
        FROM case_placements p
        JOIN provider_contracts pc ON pc.id = p.contract_id
        JOIN provider_users pu ON pu.provider_id = pc.provider_id
       WHERE p.case_id = cases.id
         AND pu.user_id = (SELECT koers_session_partner())
         AND (p.status = 'actief' OR (COALESCE(p.withdrawn_on, p.updated_at::date) + make_interval(months => pc.access_months_after_end))::date >= current_date))
  )
  WITH CHECK (
    (SELECT koers_session_partner()) IS NULL
    OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = cases.id AND a.user_id = (SELECT koers_session_partner()))
    OR EXISTS (
      SELECT 1
        FROM case_placements p
        JOIN provider_contracts pc ON pc.id = p.contract_id
        JOIN provider_users pu ON pu.provider_id = pc.provider_id
       WHERE p.case_id = cases.id
         AND pu.user_id = (SELECT koers_session_partner())
         AND (p.status = 'actief' OR (COALESCE(p.withdrawn_on, p.updated_at::date) + make_interval(months => pc.access_months_after_end))::date >= current_date))
  );
