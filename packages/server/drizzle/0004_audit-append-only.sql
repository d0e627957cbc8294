-- The processing log and the record history are evidence: the application role may add to them
-- and read them, never change or remove a row.
REVOKE UPDATE, DELETE, TRUNCATE ON processing_log FROM koers_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON record_history FROM koers_app;
