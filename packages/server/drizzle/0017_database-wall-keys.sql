ALTER TABLE "gemeenten" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organisations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "database_expires_at" timestamp with time zone DEFAULT now() + interval '12 hours' NOT NULL;--> statement-breakpoint
ALTER TABLE "gemeenten" ADD CONSTRAINT "gemeenten_id_organisation_key" UNIQUE("id","organisation_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_id_organisation_key" UNIQUE("id","organisation_id");--> statement-breakpoint
ALTER TABLE "user_gemeenten" ADD CONSTRAINT "user_gemeenten_user_organisation_fk" FOREIGN KEY ("user_id","organisation_id") REFERENCES "public"."users"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_gemeenten" ADD CONSTRAINT "user_gemeenten_gemeente_organisation_fk" FOREIGN KEY ("gemeente_id","organisation_id") REFERENCES "public"."gemeenten"("id","organisation_id") ON DELETE no action ON UPDATE no action;
