package org.clinic.content;

import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the content service.
 *
 * @param timeZone    the clinic's zone, in which instants such as {@code publishedAt} are rendered
 */
@Validated
@ConfigurationProperties("clinic.content")
public record ContentProperties(@NotNull ZoneId timeZone) {
}
