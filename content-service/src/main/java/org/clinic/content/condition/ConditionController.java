package org.clinic.content.condition;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Conditions",
        description = "Condition pages: symptoms, treatments, the articles about it and the appointment type to book "
                + "(public).")
@RestController
@RequestMapping("/api/content/conditions")
class ConditionController {

    private final Conditions conditions;

    ConditionController(Conditions conditions) {
        this.conditions = conditions;
    }

    @Operation(summary = "All condition pages")
    @GetMapping
    List<ConditionPage> list() {
        return conditions.all();
    }

    @Operation(summary = "One condition page")
    @GetMapping("/{slug}")
    ConditionPage show(@PathVariable String slug) {
        return conditions.find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address."));
    }
}
