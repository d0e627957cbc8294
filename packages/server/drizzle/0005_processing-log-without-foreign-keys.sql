ALTER TABLE "processing_log" DROP CONSTRAINT "processing_log_actor_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "processing_log" DROP CONSTRAINT "processing_log_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "processing_log" DROP CONSTRAINT "processing_log_gemeente_id_gemeenten_id_fk";
