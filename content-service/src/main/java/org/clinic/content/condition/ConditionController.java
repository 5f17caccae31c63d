package org.clinic.content.condition;

import java.util.List;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/content/conditions")
class ConditionController {

    private final Conditions conditions;

    ConditionController(Conditions conditions) {
        this.conditions = conditions;
    }

    @GetMapping
    List<ConditionPage> list() {
        return conditions.all();
    }

    @GetMapping("/{slug}")
    ConditionPage show(@PathVariable String slug) {
        return conditions.find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address."));
    }
}
