-- Custom SQL migration (ADR 0057): a case's contactpersoon link is confirmed through its own outbox
-- row. Rows already 'aangeboden' before this migration point at the latest 'contactpersoon.link'
-- melding of their case (the one queued when the link was offered).
UPDATE "case_duo_contacts" c
   SET "link_message_id" = (
     SELECT o."id" FROM "duo_outbox" o
      WHERE o."case_id" = c."case_id" AND o."operation" = 'contactpersoon.link'
      ORDER BY o."seq" DESC
      LIMIT 1)
 WHERE c."status" = 'aangeboden' AND c."link_message_id" IS NULL;
