package org.clinic.content.authoring;

import java.util.Locale;

/**
 * What the editors' list shows: articles in one state or all ({@code status} null), matching search words or all
 * ({@code q} null), in an order, one page of them.
 */
public record EditorArticleQuery(String status, String q, Sort sort, int page, int size) {

    /** The list's orders; the bookings ones put the articles that bring patients in first. */
    public enum Sort {
        UPDATED("a.updated_at DESC"),
        BOOKINGS_30("f.booked30 DESC"),
        BOOKINGS_90("f.booked90 DESC");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        /** From the API's and the page's parameter ({@code updated}, {@code bookings30}, {@code bookings90}). */
        public static Sort of(String value) {
            return value == null || value.isBlank() ? UPDATED : switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "bookings30" -> BOOKINGS_30;
                case "bookings90" -> BOOKINGS_90;
                default -> UPDATED;
            };
        }

        public String parameter() {
            return switch (this) {
                case UPDATED -> "updated";
                case BOOKINGS_30 -> "bookings30";
                case BOOKINGS_90 -> "bookings90";
            };
        }
    }

    public EditorArticleQuery {
        status = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        // PostgreSQL text cannot hold NUL, and no control character means anything to a search box.
        String words = q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
        q = words.isEmpty() ? null : words;
        sort = sort == null ? Sort.UPDATED : sort;
    }
}
