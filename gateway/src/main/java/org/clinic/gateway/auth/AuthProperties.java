package org.clinic.gateway.auth;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff login settings under {@code clinic.auth}.
 *
 * @param users        staff members in list form (YAML, or indexed properties)
 * @param staffUsers   the same in compact form, from env {@code CLINIC_STAFF_USERS}; see {@link StaffUserListParser}
 * @param tokenTtl     how long a login lasts. Eight hours: one front-desk shift, so a receptionist logs in once
 *                     per shift and a token left on a shared desk computer dies by the next shift. There is no
 *                     refresh token yet; a shorter TTL would log staff out mid-shift.
 * @param cookieSecure adds {@code Secure} to the session cookie; off by default because the local run is plain http
 */
@ConfigurationProperties("clinic.auth")
public record AuthProperties(
        @DefaultValue List<StaffUser> users,
        String staffUsers,
        @DefaultValue("8h") Duration tokenTtl,
        @DefaultValue("false") boolean cookieSecure) {

    public AuthProperties {
        users = users == null ? List.of() : List.copyOf(users);
        if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("clinic.auth.token-ttl must be positive");
        }
    }
}
