package org.clinic.content.authoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.clinic.content.editorial.RefuseUnknownFields;
import org.clinic.content.editorial.Versions;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.platform.apidocs.ApiDocs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editors write articles (API.md's {@code POST} and {@code PUT}), restore old revisions, delete drafts and preview
 * Markdown. Every answer with an article carries its version as ETag; a save must send it back as If-Match. Who
 * saved is the staff token's subject.
 */
@Tag(name = "Writing articles")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
@RequestMapping("/api/content/articles")
class ArticleWriteApi {

    private final ArticleEditing editing;
    private final SafeMarkdown markdown;

    ArticleWriteApi(ArticleEditing editing, SafeMarkdown markdown) {
        this.editing = editing;
        this.markdown = markdown;
    }

    @Operation(summary = "Create a draft article")
    @PostMapping
    ResponseEntity<EditorArticle> create(@Valid @RequestBody ArticleDraft draft, Authentication editor) {
        EditorArticle article = editing.create(draft, editor.getName());
        return ResponseEntity.created(URI.create(EditorArticleApi.PATH + "/" + article.slug()))
                .eTag(Versions.etag(article.version())).body(article);
    }

    @Operation(summary = "Save an article (If-Match: its version)")
    @PutMapping("/{slug}")
    ResponseEntity<EditorArticle> save(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ArticleDraft draft, Authentication editor) {
        int version = Versions.required(ifMatch);
        return withVersion(editing.save(slug, version, draft, editor.getName()));
    }

    @Operation(summary = "Restore an earlier revision as a new one")
    @PostMapping("/{slug}/revisions/{revision}/restore")
    ResponseEntity<EditorArticle> restore(@PathVariable String slug, @PathVariable int revision,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication editor) {
        return withVersion(editing.restore(slug, revision, Versions.optional(ifMatch),
                editor.getName()));
    }

    @Operation(summary = "Delete a draft")
    @DeleteMapping("/{slug}")
    ResponseEntity<Void> delete(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        editing.delete(slug, Versions.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** The body as the public page will show it, through the same pipeline; nothing is stored. */
    @Operation(summary = "Render Markdown as the site would, sanitized")
    @PostMapping("/preview")
    Preview preview(@Valid @RequestBody PreviewRequest request) {
        return new Preview(markdown.toHtml(request.bodyMarkdown()));
    }

    @RefuseUnknownFields
    record PreviewRequest(@NotNull @Size(max = ArticleDraft.MAX_BODY) String bodyMarkdown) {
    }

    record Preview(String bodyHtml) {
    }

    static ResponseEntity<EditorArticle> withVersion(EditorArticle article) {
        return ResponseEntity.ok().eTag(Versions.etag(article.version())).body(article);
    }
}
