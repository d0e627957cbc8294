-- portaal_document_requests (ADR 0163) behind the database wall like every case table: row-level
-- security forced, the system policy, the portal wall (ADR 0152: only the session's case) and the
-- partner wall (ADR 0159: only the partner's cases).
ALTER TABLE "portaal_document_requests" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "portaal_document_requests_system" ON "portaal_document_requests" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "portaal_document_requests_portaal_wall" ON "portaal_document_requests" AS RESTRICTIVE FOR ALL TO koers_app
  USING ((SELECT koers_portaal_case()) IS NULL OR case_id = (SELECT koers_portaal_case()))
  WITH CHECK ((SELECT koers_portaal_case()) IS NULL OR case_id = (SELECT koers_portaal_case()));--> statement-breakpoint
CREATE POLICY "portaal_document_requests_partner_wall" ON "portaal_document_requests" AS RESTRICTIVE FOR ALL TO koers_app
  USING ((SELECT public.koers_partner_case_ids(current_user::text)) IS NULL OR case_id = ANY ((SELECT public.koers_partner_case_ids(current_user::text))::uuid[]))
  WITH CHECK ((SELECT public.koers_partner_case_ids(current_user::text)) IS NULL OR case_id = ANY ((SELECT public.koers_partner_case_ids(current_user::text))::uuid[]));
