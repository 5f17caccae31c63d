package org.clinic.content.condition;

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

/**
 * Condition pages for editors: read with version, create, save (If-Match required). The public reads stay on
 * {@code /api/content/conditions}; these writes act on the same addresses.
 */
@Tag(name = "Authors and conditions")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"EDITOR", "ADMIN"})
@RestController
class ConditionEditorApi {

    static final String EDITOR_PATH = "/api/content/editor/conditions";

    private final ConditionStore conditions;

    ConditionEditorApi(ConditionStore conditions) {
        this.conditions = conditions;
    }

    @Operation(summary = "Every condition page, as editors see it")
    @GetMapping(EDITOR_PATH)
    List<EditorCondition> list() {
        return conditions.all();
    }

    @Operation(summary = "One condition page, with its version")
    @GetMapping(EDITOR_PATH + "/{slug}")
    ResponseEntity<EditorCondition> show(@PathVariable String slug) {
        return withVersion(conditions.find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address.")));
    }

    @Operation(summary = "Add a condition page")
    @PostMapping("/api/content/conditions")
    ResponseEntity<EditorCondition> create(@Valid @RequestBody NewCondition condition, Authentication editor) {
        EditorCondition created = conditions.create(condition, editor.getName());
        return ResponseEntity.created(URI.create(EDITOR_PATH + "/" + created.slug()))
                .eTag(Versions.etag(created.version())).body(created);
    }

    @Operation(summary = "Change a condition page (If-Match: its version)")
    @PutMapping("/api/content/conditions/{slug}")
    ResponseEntity<EditorCondition> save(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ConditionDetails details, Authentication editor) {
        int version = Versions.required(ifMatch);
        return withVersion(conditions.save(slug, version, details, editor.getName()));
    }

    private static ResponseEntity<EditorCondition> withVersion(EditorCondition condition) {
        return ResponseEntity.ok().eTag(Versions.etag(condition.version())).body(condition);
    }
}
