package org.clinic.content.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.clinic.content.revision.Revision;
import org.clinic.content.revision.RevisionComparison;
import org.clinic.content.revision.RevisionPage;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An article's history: every version with who saved it when, one version in full, and its differences to now. */
@Tag(name = "Writing articles")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
@RequestMapping("/api/content/articles/{slug}/revisions")
class ArticleRevisionApi {

    private final ArticleHistory history;

    ArticleRevisionApi(ArticleHistory history) {
        this.history = history;
    }

    @Operation(summary = "An article's revisions, newest first")
    @GetMapping
    RevisionPage list(@PathVariable String slug, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return history.list(slug, page, size);
    }

    @Operation(summary = "One revision")
    @GetMapping("/{version}")
    Revision show(@PathVariable String slug, @PathVariable int version) {
        return history.revision(slug, version);
    }

    /** The revision against the article as it stands: changed fields, and the body as a line diff. */
    @Operation(summary = "A revision compared with the current text")
    @GetMapping("/{version}/compare")
    RevisionComparison compare(@PathVariable String slug, @PathVariable int version) {
        return history.compare(slug, version);
    }
}
