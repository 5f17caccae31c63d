-- Staff who may sign in. Created from the bootstrap list (CLINIC_STAFF_USERS) when absent, then managed by an
-- ADMIN on /admin/staff; a row is never overwritten by the bootstrap, so an admin's changes survive restarts.
CREATE TABLE staff_account (
    username            text PRIMARY KEY CHECK (username ~ '^[A-Za-z0-9._@-]{1,100}$'),
    display_name        text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    -- BCrypt only: the hash is all the gateway ever keeps of a password.
    password_hash       text NOT NULL CHECK (password_hash ~ '^\$2[aby]?\$\d{2}\$[./A-Za-z0-9]{53}$'),
    roles               text[] NOT NULL CHECK (cardinality(roles) >= 1
                                               AND roles <@ ARRAY['FRONT_DESK', 'EDITOR', 'ADMIN']::text[]),
    enabled             boolean NOT NULL DEFAULT true,
    -- Set by an admin (a new account, a reset): the owner is asked to choose their own after signing in.
    temporary_password  boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- "Desk" and "desk" are one person: sign-in ignores case, so two accounts must not differ only by it.
CREATE UNIQUE INDEX staff_account_username_ci ON staff_account (lower(username));
