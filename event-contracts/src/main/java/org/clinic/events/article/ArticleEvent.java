package org.clinic.events.article;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * A record on topic {@code content.article-events}, keyed by {@link #articleId()}: an education article became
 * public, changed while public, or stopped being public. See {@code docs/events/content.article-events.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "eventType",
        visible = true)
@JsonSubTypes({
    @JsonSubTypes.Type(value = ArticlePublished.class, name = ArticlePublished.TYPE),
    @JsonSubTypes.Type(value = ArticleUnpublished.class, name = ArticleUnpublished.TYPE),
})
public sealed interface ArticleEvent permits ArticlePublished, ArticleUnpublished {

    int SCHEMA_VERSION = 1;

    UUID eventId();

    String eventType();

    Instant occurredAt();

    UUID articleId();

    /** The article's version after this change (every saved change counts, so numbers may be skipped here). */
    long version();

    int schemaVersion();

    /** The article's address after the change (for {@link ArticleUnpublished}: the address it had). */
    String slug();

    /** Where patients read it on the public site, {@code /articles/{slug}}. */
    String path();

    static String pathOf(String slug) {
        return "/articles/" + slug;
    }
}
