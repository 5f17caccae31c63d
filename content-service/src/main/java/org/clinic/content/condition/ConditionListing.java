package org.clinic.content.condition;

import java.time.OffsetDateTime;

/** A condition as the home page and the sitemap list it. */
public record ConditionListing(String slug, String name, String summary, OffsetDateTime lastModified) {

    public String path() {
        return "/conditions/" + slug;
    }
}
