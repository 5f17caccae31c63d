package org.clinic.content.image;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Images for articles: editors upload them (multipart: {@code file}, {@code altText}) and list them. */
@Tag(name = "Images")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
class ImageApi {

    static final String PATH = "/api/content/images";

    private final Images images;

    ImageApi(Images images) {
        this.images = images;
    }

    @Operation(summary = "Upload an image (PNG, JPEG or WebP, at most 5 MB, with alt text); it is re-encoded without "
            + "its metadata and a web-sized variant is made")
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EditorImage> upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String altText, Authentication editor) {
        EditorImage image = images.upload(bytes(file), file == null ? null : file.getOriginalFilename(), altText,
                editor.getName());
        return ResponseEntity.created(URI.create(image.url())).body(image);
    }

    @Operation(summary = "The uploaded images, newest first (at most 200)")
    @GetMapping(PATH)
    List<EditorImage> list() {
        return images.newest();
    }

    /** The upload's bytes, read only after the multipart limits let it through (5 MB and a little). */
    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > Images.MAX_UPLOAD_BYTES) {
            throw ImageRefused.tooLarge("Images may be at most 5 MB.");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
