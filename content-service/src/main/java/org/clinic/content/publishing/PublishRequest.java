package org.clinic.content.publishing;

import java.time.OffsetDateTime;
import org.clinic.content.editorial.RefuseUnknownFields;

/**
 * The optional body of {@code POST .../publish}.
 *
 * @param publishAt when to publish: absent or not in the future means now; later schedules it (any offset)
 */
@RefuseUnknownFields
public record PublishRequest(OffsetDateTime publishAt) {
}
