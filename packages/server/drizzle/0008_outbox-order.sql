DROP INDEX "duo_outbox_case_idx";--> statement-breakpoint
ALTER TABLE "duo_outbox" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
CREATE INDEX "duo_outbox_case_idx" ON "duo_outbox" USING btree ("case_id","seq");