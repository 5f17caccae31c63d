package org.clinic.platform.apidocs;

/**
 * Names the services' controllers refer to in their few OpenAPI annotations, e.g.
 * {@code @SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})} on a staff-only operation.
 */
public final class ApiDocs {

    /**
     * The staff sign-in an operation requires; its scopes list the roles that may call it. An operation without it
     * is public. The contract tests send every documented operation without a token and hold the code to this.
     */
    public static final String STAFF = "staff";

    /** The same sign-in as the browser's session cookie, which the gateway turns into a token of its own. */
    public static final String STAFF_COOKIE = "staffCookie";

    private ApiDocs() {
    }
}
