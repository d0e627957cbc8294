-- The change feed of the session cache (ADR 0113): a change that can end a session or change what a
-- signed-in user may do is announced on the channel koers_sessies when it commits, in every process
-- and also when made outside Koers (an administrator with psql). Payload: 's:<session id>' (one
-- session), 'u:<user id>' (every session of that user) or '*' (every session: a gemeente's or an
-- organisation's name or code). last_seen_at, logins and password hashes are not announced.
CREATE OR REPLACE FUNCTION koers_announce_session_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM pg_notify('koers_sessies', 's:' || OLD.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_announce_user_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM pg_notify('koers_sessies', 'u:' || OLD.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_announce_grant_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('koers_sessies', 'u:' || OLD.user_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('koers_sessies', 'u:' || NEW.user_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_announce_all_sessions() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  PERFORM pg_notify('koers_sessies', '*');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_announce_change AFTER DELETE OR UPDATE OF user_id, expires_at, database_expires_at ON sessions
  FOR EACH ROW EXECUTE FUNCTION koers_announce_session_change();
--> statement-breakpoint
CREATE TRIGGER users_announce_removal AFTER DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION koers_announce_user_change();
--> statement-breakpoint
CREATE TRIGGER users_announce_change AFTER UPDATE ON users
  FOR EACH ROW WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.email IS DISTINCT FROM NEW.email
    OR OLD.name IS DISTINCT FROM NEW.name OR OLD.role IS DISTINCT FROM NEW.role OR OLD.active IS DISTINCT FROM NEW.active)
  EXECUTE FUNCTION koers_announce_user_change();
--> statement-breakpoint
CREATE TRIGGER user_gemeenten_announce_change AFTER INSERT OR DELETE OR UPDATE ON user_gemeenten
  FOR EACH ROW EXECUTE FUNCTION koers_announce_grant_change();
--> statement-breakpoint
CREATE TRIGGER gemeenten_announce_removal AFTER DELETE ON gemeenten
  FOR EACH ROW EXECUTE FUNCTION koers_announce_all_sessions();
--> statement-breakpoint
CREATE TRIGGER gemeenten_announce_change AFTER UPDATE ON gemeenten
  FOR EACH ROW WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.code IS DISTINCT FROM NEW.code OR OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION koers_announce_all_sessions();
--> statement-breakpoint
CREATE TRIGGER organisations_announce_removal AFTER DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION koers_announce_all_sessions();
--> statement-breakpoint
CREATE TRIGGER organisations_announce_change AFTER UPDATE ON organisations
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION koers_announce_all_sessions();
