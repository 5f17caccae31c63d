package org.clinic.content.author;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.clinic.content.editorial.Versions;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Authors for editors: list, read with version, create, save (If-Match required, as for articles). */
@Tag(name = "Authors and conditions")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
class AuthorApi {

    static final String EDITOR_PATH = "/api/content/editor/authors";

    private final Authors authors;

    AuthorApi(Authors authors) {
        this.authors = authors;
    }

    @Operation(summary = "Every author")
    @GetMapping(EDITOR_PATH)
    List<EditorAuthor> list() {
        return authors.all();
    }

    @Operation(summary = "One author, with its version")
    @GetMapping(EDITOR_PATH + "/{slug}")
    ResponseEntity<EditorAuthor> show(@PathVariable String slug) {
        return withVersion(authors.find(slug).orElseThrow(() -> ApiProblemException.notFound("No author has this slug.")));
    }

    @Operation(summary = "Add an author")
    @PostMapping("/api/content/authors")
    ResponseEntity<EditorAuthor> create(@Valid @RequestBody NewAuthor author, Authentication editor) {
        EditorAuthor created = authors.create(author, editor.getName());
        return ResponseEntity.created(URI.create(EDITOR_PATH + "/" + created.slug()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @Operation(summary = "Change an author (If-Match: its version)")
    @PutMapping("/api/content/authors/{slug}")
    ResponseEntity<EditorAuthor> save(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AuthorDetails details, Authentication editor) {
        int version = Versions.required(ifMatch);
        return withVersion(authors.save(slug, version, details, editor.getName()));
    }

    private static ResponseEntity<EditorAuthor> withVersion(EditorAuthor author) {
        return ResponseEntity.ok().eTag(Versions.etag(author.version())).body(author);
    }
}
