package org.clinic.content.authoring;

import java.text.Normalizer;
import java.util.Locale;

/** Addresses made from titles, for articles created without one. */
final class Slugs {

    static final int MAX_DERIVED = 80;

    private Slugs() {
    }

    /** "Sciatica: Why Your Leg Hurts?" becomes "sciatica-why-your-leg-hurts"; accents are dropped, not the letters. */
    static String fromTitle(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_DERIVED) {
            slug = slug.substring(0, MAX_DERIVED).replaceAll("-[^-]*$|-$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
