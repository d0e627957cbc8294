-- Retention (ADR 0099): a vastgesteld PIP is still never deleted by the application, but the
-- nightly retention job — running as the owner, not as koers_app, with koers.retention set for
-- its transaction only — removes it once the case file's period (art. 9.9 Besluit inburgering 2021)
-- has passed.
CREATE OR REPLACE FUNCTION koers_pips_no_delete() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF OLD.status <> 'concept'
     AND NOT (current_setting('koers.retention', true) = 'on' AND current_user <> 'koers_app') THEN
    RAISE EXCEPTION 'Een vastgesteld PIP kan niet worden verwijderd' USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;
