CREATE TABLE "duo_contract_stops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"api" text NOT NULL,
	"operation_id" text NOT NULL,
	"spec_version" text NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'actief' NOT NULL,
	"occurrences" integer DEFAULT 1 NOT NULL,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid,
	"lifted_reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "duo_contract_stops" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "duo_koppeling_status" (
	"gemeente_id" uuid PRIMARY KEY NOT NULL,
	"last_success_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone,
	"last_failure_reason" text
);
--> statement-breakpoint
ALTER TABLE "duo_koppeling_status" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "duo_inbox_status_idx";--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ADD COLUMN "link_message_id" uuid;--> statement-breakpoint
ALTER TABLE "duo_inbox" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "duo_inbox" ADD COLUMN "lease_token" uuid;--> statement-breakpoint
ALTER TABLE "duo_outbox" ADD COLUMN "lease_token" uuid;--> statement-breakpoint
ALTER TABLE "duo_contract_stops" ADD CONSTRAINT "duo_contract_stops_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_contract_stops" ADD CONSTRAINT "duo_contract_stops_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duo_koppeling_status" ADD CONSTRAINT "duo_koppeling_status_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duo_contract_stops_active_key" ON "duo_contract_stops" USING btree ("gemeente_id","api") WHERE status = 'actief';--> statement-breakpoint
ALTER TABLE "case_duo_contacts" ADD CONSTRAINT "case_duo_contacts_link_message_id_duo_outbox_id_fk" FOREIGN KEY ("link_message_id") REFERENCES "public"."duo_outbox"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duo_inbox_due_idx" ON "duo_inbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "duo_inbox_person_idx" ON "duo_inbox" USING btree ("gemeente_id","bsn","seq");--> statement-breakpoint
CREATE INDEX "duo_inbox_received_idx" ON "duo_inbox" USING btree ("gemeente_id","received_at");--> statement-breakpoint
CREATE INDEX "duo_outbox_gemeente_status_idx" ON "duo_outbox" USING btree ("gemeente_id","status","created_at");--> statement-breakpoint
CREATE POLICY "duo_contract_stops_gemeente_isolation" ON "duo_contract_stops" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));--> statement-breakpoint
CREATE POLICY "duo_koppeling_status_gemeente_isolation" ON "duo_koppeling_status" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));