package org.clinic.gateway.auth;

import java.time.Instant;
import java.util.List;

/** What a valid staff token says: who, with which roles, until when. */
public record StaffSession(String username, List<String> roles, Instant expiresAt) {
}
