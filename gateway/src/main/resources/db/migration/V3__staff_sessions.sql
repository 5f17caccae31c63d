-- Signed-in sessions (session.StaffSessions). A session token names its row (claim "sid"); the gateway passes a
-- request on only while the row is open and was active within the idle timeout. Signing out, disabling the account
-- or resetting its password closes rows; every gateway instance re-reads a row at least every 30 seconds.
CREATE TABLE staff_session (
    id               uuid PRIMARY KEY,
    username         text NOT NULL REFERENCES staff_account (username),
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_activity_at timestamptz NOT NULL DEFAULT now(),
    ended_at         timestamptz,
    end_reason       text CHECK (end_reason IN ('SIGNED_OUT', 'IDLE', 'EXPIRED', 'ACCOUNT_DISABLED', 'PASSWORD_RESET',
                                                'PASSWORD_CHANGED', 'ROLES_CHANGED')),
    CHECK ((ended_at IS NULL) = (end_reason IS NULL))
);

CREATE INDEX staff_session_open_by_user ON staff_session (username) WHERE ended_at IS NULL;
CREATE INDEX staff_session_ended_at ON staff_session (ended_at);
