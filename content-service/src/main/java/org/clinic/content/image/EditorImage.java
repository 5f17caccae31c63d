package org.clinic.content.image;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An uploaded image as editors see it.
 *
 * @param url      the web-sized variant, what articles show
 * @param fullUrl  the larger re-encode (at most 2400 px on its long side)
 * @param markdown the snippet that puts the image in an article
 */
public record EditorImage(UUID id, String altText, String fileName, String uploadedBy, OffsetDateTime uploadedAt,
                          String url, int width, int height, String fullUrl, int fullWidth, int fullHeight,
                          String markdown) {
}
