package org.clinic.content.condition;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.clinic.content.editorial.Versions;
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
@RestController
class ConditionEditorApi {

    static final String EDITOR_PATH = "/api/content/editor/conditions";

    private final ConditionStore conditions;

    ConditionEditorApi(ConditionStore conditions) {
        this.conditions = conditions;
    }

    @GetMapping(EDITOR_PATH)
    List<EditorCondition> list() {
        return conditions.all();
    }

    @GetMapping(EDITOR_PATH + "/{slug}")
    ResponseEntity<EditorCondition> show(@PathVariable String slug) {
        return withVersion(conditions.find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address.")));
    }

    @PostMapping("/api/content/conditions")
    ResponseEntity<EditorCondition> create(@Valid @RequestBody NewCondition condition, Authentication editor) {
        EditorCondition created = conditions.create(condition, editor.getName());
        return ResponseEntity.created(URI.create(EDITOR_PATH + "/" + created.slug()))
                .eTag(Versions.etag(created.version())).body(created);
    }

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
