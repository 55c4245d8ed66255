-- Leases for roles that one instance at a time may hold when several share the database (issue 7): 'delivery'
-- (the one sender, so Telegram's per-token limits and per-chat spacing hold across instances), 'telegram-polling'
-- (getUpdates allows one consumer per bot) and 'single-instance' (a non-clustered instance on PostgreSQL).
-- expires_at is in the database's own clock, so instances with skewed clocks still agree on who holds a role.
-- fencing_token grows with every change of holder: a claim made under a stale token is refused.
CREATE TABLE leases (
    name           VARCHAR(64)   NOT NULL PRIMARY KEY,
    holder         VARCHAR(200),
    fencing_token  BIGINT        NOT NULL,
    acquired_at    TIMESTAMP WITH TIME ZONE,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
