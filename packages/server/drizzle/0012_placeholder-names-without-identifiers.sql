-- A case created from a DUO notification for an unknown person had "BSN 123456789" (or
-- "V-nummer …") as its family name, visible to roles that may not see the BSN (issue 11,
-- defect 3). The placeholder is now "Onbekend (via DUO)"; existing placeholders and their traces
-- in the record history are replaced.
UPDATE cases
   SET family_name = 'Onbekend (via DUO)'
 WHERE given_names = 'Onbekend (via DUO)'
   AND family_name ~ '^(BSN [0-9]{9}|V-nummer [0-9]*)$';
--> statement-breakpoint
UPDATE record_history
   SET changes = jsonb_set(changes, '{familyName,from}', '"Onbekend (via DUO)"'::jsonb)
 WHERE entity_type = 'case'
   AND changes->'familyName'->>'from' ~ '^(BSN [0-9]{9}|V-nummer [0-9]*)$';
--> statement-breakpoint
UPDATE record_history
   SET changes = jsonb_set(changes, '{familyName,to}', '"Onbekend (via DUO)"'::jsonb)
 WHERE entity_type = 'case'
   AND changes->'familyName'->>'to' ~ '^(BSN [0-9]{9}|V-nummer [0-9]*)$';
