package org.clinic.content.publishing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinic.content.authoring.EditorArticle;
import org.clinic.content.editorial.Versions;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publish (API.md's {@code POST .../publish}), schedule and unpublish. If-Match is optional here: these actions
 * carry no typed text to lose, but an editor who sends it is told when the article changed meanwhile.
 */
@Tag(name = "Writing articles")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
@RequestMapping("/api/content/articles/{slug}")
class PublishingApi {

    private final Publishing publishing;

    PublishingApi(Publishing publishing) {
        this.publishing = publishing;
    }

    /** Without a body, or with a {@code publishAt} that is not in the future: now. Later: scheduled. */
    @Operation(summary = "Publish now, or schedule with publishAt")
    @PostMapping("/publish")
    ResponseEntity<EditorArticle> publish(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) PublishRequest request, Authentication editor) {
        return withVersion(publishing.publish(slug, request, Versions.optional(ifMatch), editor.getName()));
    }

    /** Back to a draft, from published or scheduled. */
    @Operation(summary = "Take an article off the site (back to draft)")
    @PostMapping("/unpublish")
    ResponseEntity<EditorArticle> unpublish(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication editor) {
        return withVersion(publishing.unpublish(slug, Versions.optional(ifMatch), editor.getName()));
    }

    private static ResponseEntity<EditorArticle> withVersion(EditorArticle article) {
        return ResponseEntity.ok().eTag(Versions.etag(article.version())).body(article);
    }
}
