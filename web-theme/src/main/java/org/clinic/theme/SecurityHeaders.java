package org.clinic.theme;

/**
 * The security header values every answer of the site carries, in one place for the services (Spring Security's
 * header writers, service-platform's {@code StaffSecurity}) and the gateway (its own pages, its errors, and
 * whatever it proxies). Plain constants, so that service-platform can use them without web-theme's Spring
 * configuration on its runtime classpath (a service that renders no themed page does not ship web-theme).
 */
public final class SecurityHeaders {

    /**
     * Pages: scripts and styles only from files on this site, never inline (JSON-LD data blocks are not scripts
     * and need no allowance); forms post only here; nothing may frame a page.
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Everything that is not a page (JSON, problems, files): a browser that is tricked into rendering it as a
     * document may load nothing and show it in no frame.
     */
    public static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * HSTS, sent only when the site is served over https: browsers then refuse plain http to this host for a
     * year. Without {@code includeSubDomains}: other hosts of the clinic's domain are not ours to decide about.
     */
    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {
    }
}
