-- case_links (0022) behind the database wall like every table (ADR 0096), and the two functions
-- that cross the wall between gemeenten for a move (ADR 0103). Both are SECURITY DEFINER: a
-- request only sees its own gemeenten, but a move joins two gemeenten that may even belong to
-- different organisations. They take their scope from the caller (the session, or for the DUO
-- worker the gemeenten of its transaction: `role` is the caller's SET ROLE, which a definer
-- function does not change and koers_app cannot set to koers_worker), act only on a case in it,
-- and return nothing personal from the other side.
ALTER TABLE "case_links" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "case_links_system" ON "case_links" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- Called only inside the two functions below (as their owner).
CREATE OR REPLACE FUNCTION koers_caller_gemeenten() RETURNS uuid[]
  LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS
$$
  SELECT CASE WHEN pg_catalog.current_setting('role') = 'koers_worker'
    THEN COALESCE(NULLIF(pg_catalog.current_setting('koers.gemeente_ids', true), '')::uuid[], '{}'::uuid[])
    ELSE public.koers_session_gemeenten() END
$$;
--> statement-breakpoint
-- Links a case in the caller's scope with the other side of a move, both ways, where both sides
-- are in this installation: (1) the case moved away ('verhuisd-naar' to a CBS code) and the new
-- gemeente has a case with the same BSN; (2) the case is the new one and a case elsewhere with the
-- same BSN moved to this gemeente. Both cases get a timeline line. Returns the number of links made.
CREATE OR REPLACE FUNCTION koers_link_moves(p_case uuid, p_at timestamptz) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  me record;
  mine record;
  other record;
  linked integer := 0;
BEGIN
  SELECT c.id, c.gemeente_id, c.bsn INTO me FROM public.cases c
   WHERE c.id = p_case AND c.gemeente_id = ANY (public.koers_caller_gemeenten()) AND c.bsn IS NOT NULL AND c.retention_stage IS NULL;
  IF NOT FOUND THEN
    RETURN 0;
  END IF;
  SELECT g.code, g.name INTO mine FROM public.gemeenten g WHERE g.id = me.gemeente_id;
  FOR other IN
    SELECT l.id AS link_id, l.moved_on, c.id AS case_id, c.gemeente_id
      FROM public.case_links l
      JOIN public.gemeenten g ON g.code = l.other_gemeente_code AND g.id <> me.gemeente_id
      JOIN public.cases c ON c.gemeente_id = g.id AND c.bsn = me.bsn AND c.retention_stage IS NULL
     WHERE l.case_id = me.id AND l.kind = 'verhuisd-naar' AND l.other_case_id IS NULL
  LOOP
    UPDATE public.case_links SET other_case_id = other.case_id WHERE id = other.link_id;
    INSERT INTO public.case_links (case_id, gemeente_id, kind, other_case_id, other_gemeente_code, other_gemeente_name, moved_on, created_at)
      VALUES (other.case_id, other.gemeente_id, 'verhuisd-uit', me.id, mine.code, mine.name, other.moved_on, p_at)
      ON CONFLICT (case_id, kind, other_case_id) DO NOTHING;
    INSERT INTO public.case_events (gemeente_id, case_id, at, occurred_on, kind, summary, data, source, actor_name, section)
      VALUES (other.gemeente_id, other.case_id, p_at, COALESCE(other.moved_on, (p_at AT TIME ZONE 'Europe/Amsterdam')::date), 'case.moved-in-linked',
              'Verhuisd uit ' || mine.name || ': het dossier van de vorige gemeente is gekoppeld. Vraag daar het overdrachtsdossier op (art. 35 lid 4 Wet inburgering 2021).',
              '{}'::jsonb, 'koers', 'Koers', 'overzicht');
    linked := linked + 1;
  END LOOP;
  FOR other IN
    SELECT l.id AS link_id, l.moved_on, l.case_id, l.gemeente_id, g.code AS gemeente_code, g.name AS gemeente_name
      FROM public.case_links l
      JOIN public.cases c ON c.id = l.case_id AND c.bsn = me.bsn
      JOIN public.gemeenten g ON g.id = l.gemeente_id
     WHERE l.kind = 'verhuisd-naar' AND l.other_case_id IS NULL AND l.other_gemeente_code = mine.code AND l.gemeente_id <> me.gemeente_id
  LOOP
    UPDATE public.case_links SET other_case_id = me.id WHERE id = other.link_id;
    INSERT INTO public.case_links (case_id, gemeente_id, kind, other_case_id, other_gemeente_code, other_gemeente_name, moved_on, created_at)
      VALUES (me.id, me.gemeente_id, 'verhuisd-uit', other.case_id, other.gemeente_code, other.gemeente_name, other.moved_on, p_at)
      ON CONFLICT (case_id, kind, other_case_id) DO NOTHING;
    INSERT INTO public.case_events (gemeente_id, case_id, at, occurred_on, kind, summary, data, source, actor_name, section)
      VALUES (other.gemeente_id, other.case_id, p_at, (p_at AT TIME ZONE 'Europe/Amsterdam')::date, 'case.moved-out-linked',
              'Het dossier in ' || mine.name || ' is gekoppeld aan dit dossier (verhuizing).', '{}'::jsonb, 'koers', 'Koers', 'overzicht');
    INSERT INTO public.case_events (gemeente_id, case_id, at, occurred_on, kind, summary, data, source, actor_name, section)
      VALUES (me.gemeente_id, me.id, p_at, (p_at AT TIME ZONE 'Europe/Amsterdam')::date, 'case.moved-in-linked',
              'Verhuisd uit ' || other.gemeente_name || ': het dossier van de vorige gemeente is gekoppeld. Vraag daar het overdrachtsdossier op (art. 35 lid 4 Wet inburgering 2021).',
              '{}'::jsonb, 'koers', 'Koers', 'overzicht');
    linked := linked + 1;
  END LOOP;
  RETURN linked;
END
$$;
--> statement-breakpoint
-- The new gemeente asks for the handover (art. 35 lid 4 Wet inburgering 2021): the old gemeente's
-- latest overdrachtsdossier (PDF and JSON) is copied into the new case's documents. Only through a
-- 'verhuisd-uit' link of a case in the caller's scope whose other side links back to it. Returns
-- the number of documents copied (0: nothing to hand over yet).
CREATE OR REPLACE FUNCTION koers_copy_handover(p_case uuid, p_at timestamptz) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS
$$
DECLARE
  link record;
  copied integer := 0;
  n integer;
BEGIN
  FOR link IN
    SELECT l.case_id, l.gemeente_id, l.other_case_id FROM public.case_links l
      JOIN public.case_links back ON back.case_id = l.other_case_id AND back.kind = 'verhuisd-naar' AND back.other_case_id = l.case_id
     WHERE l.case_id = p_case AND l.kind = 'verhuisd-uit' AND l.gemeente_id = ANY (public.koers_caller_gemeenten())
  LOOP
    INSERT INTO public.case_documents (gemeente_id, case_id, kind, title, mime_type, content, size_bytes, created_by, created_at)
      SELECT link.gemeente_id, link.case_id, 'overdracht-ontvangen', d.title, d.mime_type, d.content, d.size_bytes, (SELECT u.user_id FROM public.koers_session_user() u), p_at
        FROM public.case_documents d
       WHERE d.case_id = link.other_case_id AND d.kind IN ('overdrachtsdossier', 'overdracht-export')
         AND d.created_at = (SELECT max(x.created_at) FROM public.case_documents x WHERE x.case_id = link.other_case_id AND x.kind = d.kind);
    GET DIAGNOSTICS n = ROW_COUNT;
    copied := copied + n;
  END LOOP;
  RETURN copied;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION koers_caller_gemeenten(), koers_link_moves(uuid, timestamptz), koers_copy_handover(uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION koers_link_moves(uuid, timestamptz), koers_copy_handover(uuid, timestamptz) TO koers_app;
