-- Admin notifications through the outbox (RELIABILITY F1, D7). Each is sent once: the flag is set after the notice
-- was queued (queueing is idempotent through the outbox's dedup key, so a crash in between queues it once).
-- source_health.alerted_at: when admins were told the source is failing; cleared once they were told it recovered.
ALTER TABLE source_health ADD COLUMN alerted_at TIMESTAMP WITH TIME ZONE;
-- outbox.alerted_at: when admins were told this IN_DOUBT post may or may not have been delivered.
ALTER TABLE outbox ADD COLUMN alerted_at TIMESTAMP WITH TIME ZONE;
