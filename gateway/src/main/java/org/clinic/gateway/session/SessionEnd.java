package org.clinic.gateway.session;

/** Why a session ended; kept on its row. */
public enum SessionEnd {
    SIGNED_OUT,
    /** No request for longer than the idle timeout. */
    IDLE,
    /** Older than a session token lives: nobody can use it any more. */
    EXPIRED,
    ACCOUNT_DISABLED,
    PASSWORD_RESET,
    /** The owner chose a new password: their other sessions end, the one they changed it in stays. */
    PASSWORD_CHANGED,
    /** An admin changed the roles, which a session's token carries: the person signs in again to get the new ones. */
    ROLES_CHANGED
}
