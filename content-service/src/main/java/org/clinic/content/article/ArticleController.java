package org.clinic.content.article;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Articles", description = "Published patient-education articles (public).")
@RestController
@RequestMapping("/api/content/articles")
class ArticleController {

    static final int MAX_PAGE_SIZE = 50;
    private static final String SLUG = "[A-Za-z0-9-]*";
    private static final String SLUG_MESSAGE = "must contain only letters, digits and hyphens";

    private final ArticleCatalog catalog;

    ArticleController(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    @Operation(summary = "Find published articles",
            description = "Newest first, or by relevance when `q` (full-text search) is given; optionally only those "
                    + "with a tag or about a condition. Pages of `size` (1 to 50), counting from 0.")
    @GetMapping
    ArticlePage list(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Size(max = 120) @Pattern(regexp = SLUG, message = SLUG_MESSAGE) String tag,
            @RequestParam(required = false) @Size(max = 120) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
            String condition,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return catalog.search(new ArticleSearch(q, tag, condition, page, size));
    }

    @Operation(summary = "One published article",
            description = "With its body as sanitized HTML, its author, conditions, related articles and call to "
                    + "action. A draft is a 404 to the public; a former "
                    + "address of a published article answers 301 to its current one.")
    @GetMapping("/{slug}")
    ResponseEntity<ArticleDetail> show(@PathVariable String slug) {
        return catalog.find(slug).map(ResponseEntity::ok)
                .or(() -> catalog.movedTo(slug).map(current -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/api/content/articles/" + current)).<ArticleDetail>build()))
                .orElseThrow(() -> ApiProblemException.notFound("No published article has this address."));
    }
}
