-- Retention (ADR 0099): a vastgesteld PIP is still never deleted by the application, but the
-- nightly retention job — running as the owner (a member of koers_system, which no request's role is,
-- also not with two logins, ADR 0097), with koers.retention set for
-- its transaction only — removes it once the case file's period (art. 9.9 Besluit inburgering 2021)
-- has passed.
CREATE OR REPLACE FUNCTION koers_pips_no_delete() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF OLD.status <> 'concept'
     AND NOT (current_setting('koers.retention', true) = 'on' AND pg_has_role(current_user, 'koers_system', 'MEMBER')) THEN
    RAISE EXCEPTION 'Een vastgesteld PIP kan niet worden verwijderd' USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;
