-- Bucket4j's buckets for login throttling (throttle.LoginThrottle), one row per throttled key ("user:<name>",
-- "address:<ip>"): its serialized state, when it is full again (epoch millis, after which the row is purged) and
-- the id of the PostgreSQL advisory lock Bucket4j takes on it (the purge skips rows whose lock is held).
-- Kept in the database so that every gateway instance counts the same failures.
CREATE TABLE login_throttle_bucket (
    id            text PRIMARY KEY,
    state         bytea,
    expires_at    bigint,
    explicit_lock bigint
);

CREATE INDEX login_throttle_bucket_expires_at ON login_throttle_bucket (expires_at);
