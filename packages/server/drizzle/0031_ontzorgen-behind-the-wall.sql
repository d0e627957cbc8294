-- Financieel ontzorgen (ADR 0136, 0137): the three tables behind the database wall like every case
-- table (FORCE + a system policy, as 0027), and an approved batch made immutable in the database.
ALTER TABLE "relief_agreements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "relief_agreements_system" ON "relief_agreements" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "relief_batches" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "relief_batches_system" ON "relief_batches" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "relief_payments" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "relief_payments_system" ON "relief_payments" AS PERMISSIVE FOR ALL TO koers_system USING (true) WITH CHECK (true);--> statement-breakpoint
-- An approved batch never changes and is never deleted: what the bank got is what Koers keeps.
CREATE FUNCTION relief_batch_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'goedgekeurd' THEN
    RAISE EXCEPTION 'relief batch % is approved and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER relief_batches_immutable BEFORE UPDATE OR DELETE ON "relief_batches" FOR EACH ROW EXECUTE FUNCTION relief_batch_immutable();--> statement-breakpoint
-- A payment of an approved batch keeps its payee, account and amount; only the bank's status may follow.
CREATE FUNCTION relief_payment_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'voorgesteld' AND (NEW.amount_cents, NEW.iban, NEW.payee_name, NEW.reference, NEW.month, NEW.cost_id, NEW.case_id, NEW.batch_id, NEW.execution_date)
      IS DISTINCT FROM (OLD.amount_cents, OLD.iban, OLD.payee_name, OLD.reference, OLD.month, OLD.cost_id, OLD.case_id, OLD.batch_id, OLD.execution_date) THEN
    RAISE EXCEPTION 'relief payment % is approved and cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER relief_payments_fixed BEFORE UPDATE ON "relief_payments" FOR EACH ROW EXECUTE FUNCTION relief_payment_fixed();
