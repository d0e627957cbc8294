-- The application role. Requests run as this role (SET LOCAL ROLE koers_app) so that the
-- row-level security policies of every table with personal data apply; migrations and the
-- few system tasks (login, session lookup) run as the owner.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'koers_app') THEN
    CREATE ROLE koers_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT koers_app TO CURRENT_USER;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO koers_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO koers_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO koers_app;
--> statement-breakpoint
-- The gemeenten of the current request, set per transaction with set_config(..., true).
CREATE OR REPLACE FUNCTION koers_scope_gemeenten() RETURNS uuid[]
  LANGUAGE sql STABLE AS
$$ SELECT COALESCE(NULLIF(current_setting('koers.gemeente_ids', true), '')::uuid[], '{}'::uuid[]) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_scope_organisation() RETURNS uuid
  LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('koers.organisation_id', true), '')::uuid $$;
