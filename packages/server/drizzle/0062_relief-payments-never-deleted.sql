-- An approved payment is never deleted (issue 15, ADR 0137 addendum): its row with the unique key
-- (case, month, cost) is what makes a second payment of that month impossible, and it is what the
-- bank got. Only a payment still in a proposal ('voorgesteld') may leave it, and retention may remove
-- a case file when its term has passed (koers.retention set by the system role, as in 0020; coalesce,
-- because an unset setting is NULL and NOT NULL would let the delete through).
CREATE FUNCTION relief_payment_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'voorgesteld'
     AND NOT (coalesce(current_setting('koers.retention', true), '') = 'on' AND pg_has_role(current_user, 'koers_system', 'MEMBER')) THEN
    RAISE EXCEPTION 'relief payment % is approved and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;--> statement-breakpoint
CREATE TRIGGER relief_payments_kept BEFORE DELETE ON "relief_payments" FOR EACH ROW EXECUTE FUNCTION relief_payment_kept();
