package org.clinic.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffRole;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts a test may change at will (disable, reset, throttle) without disturbing the shared desk and editor
 * users: each has a name of its own, in the identity database every test context shares.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    private static final BCryptPasswordEncoder FAST = new BCryptPasswordEncoder(4);
    private static final String HASH = FAST.encode(PASSWORD);
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {
    }

    /** A new enabled account with {@link #PASSWORD}; its username starts with {@code prefix}. */
    public static String create(StaffAccounts accounts, String prefix, StaffRole... roles) {
        String username = prefix + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        accounts.createIfAbsent(username, "Test " + prefix, HASH, List.of(roles), false);
        return username;
    }
}
