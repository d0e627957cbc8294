CREATE TABLE "portaal_document_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gemeente_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"description" text NOT NULL,
	"kind" text,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"again_reason" text,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portaal_document_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "portaal_request_id" uuid;--> statement-breakpoint
ALTER TABLE "case_documents" ADD COLUMN "portaal_review" text;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD COLUMN "sender" text DEFAULT 'inburgeraar' NOT NULL;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD COLUMN "answer_to" uuid;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD COLUMN "sent_by" uuid;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD COLUMN "read_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "portaal_document_requests" ADD CONSTRAINT "portaal_document_requests_gemeente_id_gemeenten_id_fk" FOREIGN KEY ("gemeente_id") REFERENCES "public"."gemeenten"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_document_requests" ADD CONSTRAINT "portaal_document_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_document_requests" ADD CONSTRAINT "portaal_document_requests_handled_by_users_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_document_requests" ADD CONSTRAINT "portaal_document_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portaal_document_requests_case_idx" ON "portaal_document_requests" USING btree ("case_id","created_at");--> statement-breakpoint
ALTER TABLE "case_documents" ADD CONSTRAINT "case_documents_portaal_request_id_portaal_document_requests_id_fk" FOREIGN KEY ("portaal_request_id") REFERENCES "public"."portaal_document_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD CONSTRAINT "portaal_messages_answer_to_portaal_messages_id_fk" FOREIGN KEY ("answer_to") REFERENCES "public"."portaal_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portaal_messages" ADD CONSTRAINT "portaal_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "portaal_document_requests_gemeente_isolation" ON "portaal_document_requests" AS PERMISSIVE FOR ALL TO "koers_app" USING (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[])) WITH CHECK (gemeente_id = ANY ((SELECT koers_scope_gemeenten())::uuid[]));