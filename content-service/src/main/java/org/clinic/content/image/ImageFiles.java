package org.clinic.content.image;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The images themselves, public: {@code /images/{id}/web-1200x800.jpg}. An address never changes what it shows (a
 * new upload gets a new id), so browsers and caches may keep it for a year without asking again.
 */
@Controller
class ImageFiles {

    /** Lower-case only, as ids are written: one address per image. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final Images images;

    ImageFiles(Images images) {
        this.images = images;
    }

    /** Any other id or name is simply not found: the name must be the variant's own ("web-1200x800.jpg"). */
    @GetMapping("/images/{id}/{fileName}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String fileName) {
        if (!ID.matcher(id).matches()) {
            return ResponseEntity.notFound().build();
        }
        return images.file(UUID.fromString(id), fileName)
                .map(file -> ResponseEntity.ok()
                        .cacheControl(FOREVER)
                        .contentType(MediaType.parseMediaType(file.mediaType()))
                        // Served as the type we encoded, never guessed from the bytes by the browser.
                        .header("X-Content-Type-Options", "nosniff")
                        .body(file.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
