package org.clinic.gateway.auth;

/** The roles a staff token can carry; services map them to {@code ROLE_<name>} authorities. */
public enum StaffRole {
    FRONT_DESK,
    EDITOR,
    ADMIN
}
