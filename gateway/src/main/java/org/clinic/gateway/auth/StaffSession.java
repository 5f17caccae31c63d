package org.clinic.gateway.auth;

import java.time.Instant;
import java.util.List;

/** What a valid session token says: who, with which roles, until when, and which sign-in it belongs to. */
public record StaffSession(String username, List<String> roles, Instant expiresAt, String sessionId) {
}
