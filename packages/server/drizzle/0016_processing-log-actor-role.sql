ALTER TABLE "processing_log" ADD COLUMN "actor_role" text;--> statement-breakpoint
CREATE INDEX "processing_log_actor_time_idx" ON "processing_log" USING btree ("actor_user_id","start_time");--> statement-breakpoint
CREATE INDEX "processing_log_start_time_idx" ON "processing_log" USING btree ("start_time");