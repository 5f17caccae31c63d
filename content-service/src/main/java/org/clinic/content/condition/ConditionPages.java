package org.clinic.content.condition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.clinic.content.seo.Crumb;
import org.clinic.content.seo.PageMeta;
import org.clinic.content.seo.StructuredData;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A condition's page: what it is, how it shows, how it is treated, what to read, and the way to book. */
@Controller
class ConditionPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Conditions conditions;
    private final StructuredData data;

    ConditionPages(Conditions conditions, StructuredData data) {
        this.conditions = conditions;
        this.data = data;
    }

    @GetMapping("/conditions/{slug}")
    String show(@PathVariable String slug, Model model) {
        ConditionPage condition = (SLUG.matcher(slug).matches() ? conditions.find(slug) : Optional.<ConditionPage>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var type = condition.recommendedAppointmentTypeId();
        model.addAttribute("condition", condition)
                .addAttribute("bookHref", type == null ? "/book" : "/book?appointmentTypeId=" + type)
                .addAttribute("meta", meta(condition));
        return "condition/show";
    }

    private PageMeta meta(ConditionPage c) {
        String path = "/conditions/" + c.slug();
        List<Crumb> crumbs = List.of(new Crumb("Home", "/"), new Crumb(c.name(), null));
        Map<String, Object> condition = data.node("MedicalCondition");
        condition.put("name", c.name());
        condition.put("description", c.summary());
        condition.put("signOrSymptom", c.symptoms().stream().map(s -> named("MedicalSignOrSymptom", s)).toList());
        condition.put("possibleTreatment", c.treatments().stream().map(t -> named("MedicalTherapy", t)).toList());
        Map<String, Object> page = data.node("MedicalWebPage");
        page.put("name", c.name());
        page.put("url", data.absolute(path));
        page.put("about", condition);
        page.put("publisher", data.clinicRef());
        return data.page(c.name(), c.summary(), path, "website", true, crumbs, List.of(page));
    }

    private Map<String, Object> named(String type, String name) {
        Map<String, Object> node = data.node(type);
        node.put("name", name);
        return node;
    }
}
