-- Rate limits of the public booking and manage pages (booking/ratelimit): one row per limited key (a hash of
-- scope and client address, email or phone), in the layout Bucket4j's PostgreSQL backend reads and writes. Shared by
-- every instance; rows of buckets that have filled up again are deleted (expires_at, epoch milliseconds).
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
