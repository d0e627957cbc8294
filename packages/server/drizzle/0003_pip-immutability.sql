-- A vastgesteld PIP is a beschikking: its content never changes. Only its status may move on
-- (to 'gewijzigd' when a later version supersedes it, or 'ingetrokken'), and the DUO outcome and
-- document reference may be filled in once.
CREATE OR REPLACE FUNCTION koers_pips_immutable() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF OLD.status <> 'concept' THEN
    IF (to_jsonb(NEW) - ARRAY['status', 'updated_at', 'duo_validation', 'document_id'])
       IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'updated_at', 'duo_validation', 'document_id']) THEN
      RAISE EXCEPTION 'Een vastgesteld PIP kan niet worden gewijzigd (versie %)', OLD.version
        USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.document_id IS NOT NULL AND NEW.document_id IS DISTINCT FROM OLD.document_id THEN
      RAISE EXCEPTION 'Het document van een vastgesteld PIP kan niet worden vervangen'
        USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER pips_immutable BEFORE UPDATE ON pips FOR EACH ROW EXECUTE FUNCTION koers_pips_immutable();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION koers_pips_no_delete() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  IF OLD.status <> 'concept' THEN
    RAISE EXCEPTION 'Een vastgesteld PIP kan niet worden verwijderd' USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER pips_no_delete BEFORE DELETE ON pips FOR EACH ROW EXECUTE FUNCTION koers_pips_no_delete();
