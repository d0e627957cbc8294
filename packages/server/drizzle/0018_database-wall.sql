-- The database wall (ADR 0095–0097). Hand-written: roles, scope functions, the gemeenten view and
-- functions, grants, FORCE ROW LEVEL SECURITY and the system policies.
--
-- koers_app    requests. Its scope is derived here from its session token (koers.session); the
--              settings koers.gemeente_ids / koers.organisation_id mean nothing to it.
-- koers_worker system work without a session (DUO worker, background imports): a member of
--              koers_app (same grants and policies) whose scope is the settings. koers_app is not a
--              member of koers_worker, so a request cannot become it.
-- koers_system the owner's deliberate path past row-level security (migrations, login, session
--              lookup, seed, the DUO worker's cross-gemeente selection): granted to the migrating
--              role only; every table with row-level security has a policy for it (FORCE applies
--              the policies to the owner too).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'koers_worker') THEN
    CREATE ROLE koers_worker NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'koers_system') THEN
    CREATE ROLE koers_system NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
GRANT koers_app TO koers_worker;
--> statement-breakpoint
GRANT koers_worker TO CURRENT_USER;
--> statement-breakpoint
GRANT koers_system TO CURRENT_USER;
--> statement-breakpoint
-- Requests never touch these three tables directly.
REVOKE ALL ON TABLE sessions, organisations, gemeenten FROM koers_app;
--> statement-breakpoint
-- The session behind the request: the SHA-256 of the token in koers.session, not expired by the
-- database's clock, of an active user. SECURITY DEFINER: koers_app cannot read sessions itself.
CREATE OR REPLACE FUNCTION koers_session_user(OUT user_id uuid, OUT organisation_id uuid, OUT role text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
  SELECT u.id, u.organisation_id, u.role
    FROM public.sessions s JOIN public.users u ON u.id = s.user_id
   WHERE s.id = encode(sha256(convert_to(current_setting('koers.session', true), 'UTF8')), 'hex')
     AND s.database_expires_at > now()
     AND u.active
$$;
--> statement-breakpoint
-- The gemeenten the session's user is granted, each of the user's own organisation. One query, in
-- PL/pgSQL (its plan is kept per connection): the policies call this once per query (an InitPlan),
-- so it must be cheap — a nested call of koers_session_user() cost ten times as much.
CREATE OR REPLACE FUNCTION koers_session_gemeenten() RETURNS uuid[]
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (
    SELECT coalesce(array_agg(ug.gemeente_id), '{}'::uuid[])
      FROM public.sessions s
      JOIN public.users u ON u.id = s.user_id
      JOIN public.user_gemeenten ug ON ug.user_id = u.id AND ug.organisation_id = u.organisation_id
      JOIN public.gemeenten g ON g.id = ug.gemeente_id AND g.organisation_id = u.organisation_id
     WHERE s.id = encode(sha256(convert_to(current_setting('koers.session', true), 'UTF8')), 'hex')
       AND s.database_expires_at > now()
       AND u.active);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_session_organisation() RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
BEGIN
  RETURN (
    SELECT u.organisation_id
      FROM public.sessions s JOIN public.users u ON u.id = s.user_id
     WHERE s.id = encode(sha256(convert_to(current_setting('koers.session', true), 'UTF8')), 'hex')
       AND s.database_expires_at > now()
       AND u.active);
END
$$;
--> statement-breakpoint
-- The scope the policies use. For koers_worker (system work, no session) the settings; for
-- everyone else, koers_app above all, the session. current_user is the role the query runs as.
-- Names are schema-qualified: the caller's search_path must not pick another function.
CREATE OR REPLACE FUNCTION koers_scope_gemeenten() RETURNS uuid[]
  LANGUAGE sql STABLE AS
$$
  SELECT CASE WHEN current_user = 'koers_worker'
    THEN COALESCE(NULLIF(pg_catalog.current_setting('koers.gemeente_ids', true), '')::uuid[], '{}'::uuid[])
    ELSE public.koers_session_gemeenten() END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_scope_organisation() RETURNS uuid
  LANGUAGE sql STABLE AS
$$
  SELECT CASE WHEN current_user = 'koers_worker'
    THEN NULLIF(pg_catalog.current_setting('koers.organisation_id', true), '')::uuid
    ELSE public.koers_session_organisation() END
$$;
--> statement-breakpoint
-- What request code reads instead of gemeenten: the gemeenten of the scope's organisation (all of
-- them for the owner's system work, like its policy). The view reads the table with its owner's
-- rights; security_barrier keeps the caller's conditions from being evaluated before the scope
-- filter. current_user in a view is the caller's role.
CREATE VIEW gemeenten_in_scope WITH (security_barrier) AS
  SELECT id, code, name, organisation_id, oin, settings, version, created_at, updated_at
    FROM gemeenten
   WHERE organisation_id = (SELECT koers_scope_organisation()) OR pg_has_role('koers_system', 'MEMBER');
--> statement-breakpoint
REVOKE ALL ON TABLE gemeenten_in_scope FROM PUBLIC, koers_app;
--> statement-breakpoint
GRANT SELECT ON TABLE gemeenten_in_scope TO koers_app;
--> statement-breakpoint
-- A beheerder (the only role with admin:gemeenten, @koers/domain roles.ts) of the session's
-- organisation adds a gemeente to it. Returns the new id, or NULL when the session may not.
CREATE OR REPLACE FUNCTION koers_create_gemeente(p_code text, p_name text, p_oin text, p_at timestamptz) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  me record;
  created uuid;
BEGIN
  SELECT * INTO me FROM public.koers_session_user();
  IF me.user_id IS NULL OR me.role <> 'beheerder' THEN
    RETURN NULL;
  END IF;
  INSERT INTO public.gemeenten (organisation_id, code, name, oin, created_at, updated_at)
  VALUES (me.organisation_id, p_code, p_name, p_oin, p_at, p_at)
  RETURNING id INTO created;
  RETURN created;
END
$$;
--> statement-breakpoint
-- A beheerder changes a gemeente of the session's organisation when its version is still
-- p_version: the keys code, name, oin and settings of p_patch, nothing else. False when there is
-- no such gemeente, the version is stale or the session may not.
CREATE OR REPLACE FUNCTION koers_update_gemeente(p_id uuid, p_version integer, p_patch jsonb, p_at timestamptz) RETURNS boolean
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  me record;
BEGIN
  SELECT * INTO me FROM public.koers_session_user();
  IF me.user_id IS NULL OR me.role <> 'beheerder' THEN
    RETURN false;
  END IF;
  UPDATE public.gemeenten SET
    code = CASE WHEN p_patch ? 'code' THEN p_patch->>'code' ELSE code END,
    name = CASE WHEN p_patch ? 'name' THEN p_patch->>'name' ELSE name END,
    oin = CASE WHEN p_patch ? 'oin' THEN p_patch->>'oin' ELSE oin END,
    settings = CASE WHEN p_patch ? 'settings' THEN p_patch->'settings' ELSE settings END,
    version = version + 1,
    updated_at = p_at
  WHERE id = p_id AND organisation_id = me.organisation_id AND version = p_version;
  RETURN FOUND;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION koers_session_user(), koers_session_gemeenten(), koers_session_organisation(),
  koers_create_gemeente(text, text, text, timestamptz), koers_update_gemeente(uuid, integer, jsonb, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION koers_session_user(), koers_session_gemeenten(), koers_session_organisation(),
  koers_create_gemeente(text, text, text, timestamptz), koers_update_gemeente(uuid, integer, jsonb, timestamptz) TO koers_app;
--> statement-breakpoint
-- Every table with row-level security: forced (the owner is subject to the policies too) and a
-- policy for koers_system, the owner's deliberate system path. test/security/database-wall.test.ts
-- checks that every such table, including later ones, has both.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity
  LOOP
    EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('CREATE POLICY %I ON public.%I AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true)', t.relname || '_system', t.relname);
  END LOOP;
END
$$;
