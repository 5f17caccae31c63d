package org.clinic.content.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What editors read that the public does not: every article in any state, with its Markdown source and version.
 * Under {@code /api/content/editor/} so the public reading API stays exactly what readers may see. An article's
 * former address finds it here too (the answer carries the current slug).
 */
@Tag(name = "Writing articles")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
class EditorArticleApi {

    static final String PATH = "/api/content/editor/articles";

    private final EditorArticles articles;
    private final ArticleStore store;
    private final Clock clock;

    EditorArticleApi(EditorArticles articles, ArticleStore store, Clock clock) {
        this.articles = articles;
        this.store = store;
        this.clock = clock;
    }

    @Operation(summary = "Every article, drafts and scheduled ones too, with the bookings each brought")
    @GetMapping(PATH)
    EditorArticlePage list(
            @RequestParam(required = false) @Pattern(regexp = "(?i)draft|scheduled|published",
                    message = "must be DRAFT, SCHEDULED or PUBLISHED") String status,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Pattern(regexp = "(?i)updated|bookings30|bookings90",
                    message = "must be updated, bookings30 or bookings90") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return articles.list(new EditorArticleQuery(status, q, EditorArticleQuery.Sort.of(sort), page, size),
                clock.instant());
    }

    @Operation(summary = "One article as editors see it, with its Markdown and version")
    @GetMapping(PATH + "/{slug}")
    ResponseEntity<EditorArticle> show(@PathVariable String slug) {
        return ArticleWriteApi.withVersion(store.idOf(ArticleAddresses.checked(slug)).flatMap(articles::find)
                .orElseThrow(() -> ApiProblemException.notFound("No article has this address.")));
    }

    /** Tags in use, with how many articles carry each, for editors to pick from. */
    @Operation(summary = "The tags in use")
    @GetMapping("/api/content/editor/tags")
    List<EditorArticles.TagUse> tags() {
        return articles.tags();
    }

}
