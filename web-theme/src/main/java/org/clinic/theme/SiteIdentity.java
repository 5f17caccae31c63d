package org.clinic.theme;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The clinic as every page shows it: in the header, the footer, the calls to action and the search-engine data.
 * Each service that renders pages maps these from the same environment variables ({@code CLINIC_NAME},
 * {@code CLINIC_PHONE}, {@code CLINIC_ADDRESS}, {@code PUBLIC_BASE_URL}), so no page needs another service to
 * know who the clinic is. Templates read it as the model attribute {@code site} (see {@link SiteModelAdvice}).
 *
 * @param name          the clinic's name
 * @param phone         its phone number as people write it, e.g. {@code (555) 555-0142}
 * @param address       its street address on one line; may be blank
 * @param publicBaseUrl where patients reach the site, for canonical and share links (no trailing slash)
 */
public record SiteIdentity(String name, String phone, String address, String publicBaseUrl) {

    public SiteIdentity {
        requireText("clinic.site.name", name);
        requireText("clinic.site.phone", phone);
        requireText("clinic.site.public-base-url", publicBaseUrl);
        address = address == null ? "" : address.strip();
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** A {@code tel:} link: RFC 3966 allows only digits and a leading plus, so the spaces and brackets go. */
    public String phoneHref() {
        return phoneHref(phone);
    }

    /** The same for any number, e.g. where only the phone is configured (the gateway's error pages). */
    public static String phoneHref(String phone) {
        return "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The absolute address of a path on this site, for canonical links, OpenGraph and feeds. */
    public String absolute(String path) {
        return publicBaseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    /** Reads {@code clinic.site.*}; a missing name, phone or base URL stops the service at start. */
    static SiteIdentity from(Environment environment) {
        return Binder.get(environment).bind("clinic.site", SiteIdentity.class)
                .orElseThrow(() -> new IllegalStateException("clinic.site.name, phone and public-base-url must be set"));
    }

    private static void requireText(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " must be set");
        }
    }
}
