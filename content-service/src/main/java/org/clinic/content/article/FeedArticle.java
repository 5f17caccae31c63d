package org.clinic.content.article;

/** A published article as the feed carries it: its listing and its whole body as safe HTML. */
public record FeedArticle(ArticleListing listing, String bodyHtml) {
}
