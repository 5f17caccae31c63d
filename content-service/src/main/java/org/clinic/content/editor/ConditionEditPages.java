package org.clinic.content.editor;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.clinic.content.condition.ConditionStore;
import org.clinic.content.condition.EditorCondition;
import org.clinic.content.editor.FieldErrors.Field;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The condition pages patients read at {@code /conditions/{slug}}, for editors: the list ({@code /editor/conditions}),
 * adding one ({@code /editor/conditions/new}) and changing one ({@code /editor/conditions/{slug}}), by the course of
 * {@link ItemEditPages}.
 */
@Controller
class ConditionEditPages extends ItemEditPages<EditorCondition, ConditionForm> {

    static final String LIST = "/editor/conditions";
    private static final String TYPE = "appointment-type";

    private static final FieldErrors FIELDS = new FieldErrors(Field.one("name", "name", "The name"),
            Field.one("summary", "summary", "The summary"), Field.list("symptoms", "symptoms", "A symptom", "symptoms"),
            Field.list("treatments", "treatments", "A treatment", "treatments"),
            Field.one("recommendedAppointmentTypeId", TYPE, "The recommended appointment type"),
            Field.one("slug", "slug", "The address").whenPattern("The address may have lower-case letters, digits"
                    + " and single hyphens only, such as tennis-elbow.")
                    .whenRefused("Another condition page has this address; choose another."));

    private final ConditionStore conditions;

    ConditionEditPages(ConditionStore conditions, Validator validator, EditorTimes times) {
        super(EditorCondition.class, FIELDS, validator, times);
        this.conditions = conditions;
    }

    @GetMapping(LIST)
    ModelAndView list() {
        return new ModelAndView("editor/conditions").addObject("conditions", conditions.all());
    }

    @GetMapping(LIST + "/new")
    ModelAndView blank() {
        return page(null, ConditionForm.blank());
    }

    @PostMapping(LIST)
    ModelAndView create(@ModelAttribute ConditionForm form, Authentication editor) {
        return stored(null, form, checked(form, errors(form.newCondition())),
                () -> conditions.create(form.newCondition(), editor.getName()));
    }

    @GetMapping(LIST + "/{slug}")
    ModelAndView edit(@PathVariable String slug, @RequestParam(required = false) String done) {
        EditorCondition condition = find(slug);
        return shown(condition, ConditionForm.of(condition), done);
    }

    @PostMapping(LIST + "/{slug}")
    ModelAndView save(@PathVariable String slug, @ModelAttribute ConditionForm form, Authentication editor) {
        EditorCondition condition = find(slug);
        return stored(condition, form, checked(form, errors(form.details())),
                () -> conditions.save(condition.slug(), form.openedAt(), form.details(), editor.getName()));
    }

    @Override
    ModelAndView page(EditorCondition condition, ConditionForm form) {
        ModelAndView page = new ModelAndView("editor/condition").addObject("condition", condition)
                .addObject("form", form).addObject("errors", Map.of())
                .addObject("action", condition == null ? LIST : path(condition));
        return condition == null ? page
                : page.addObject("changed", changed(condition.updatedAt(), condition.updatedBy()));
    }

    @Override
    String path(EditorCondition condition) {
        return LIST + "/" + condition.slug();
    }

    @Override
    String value(EditorCondition condition, String field) {
        return switch (field) {
            case "name" -> condition.name();
            case "summary" -> condition.summary();
            case "symptoms" -> String.join("\n", condition.symptoms());
            case "treatments" -> String.join("\n", condition.treatments());
            default -> null;
        };
    }

    @Override
    String createdNotice() {
        return "Condition page added: patients can read it at its address now, and articles can be linked to it.";
    }

    /** The API's rules, and the hidden appointment type: a malformed one was not sent by this page. */
    private static Map<String, String> checked(ConditionForm form, Map<String, String> errors) {
        if (form.appointmentTypeOk()) {
            return errors;
        }
        Map<String, String> all = new LinkedHashMap<>(errors);
        all.putIfAbsent(TYPE, "The recommended appointment type is not one this clinic offers.");
        return FIELDS.ordered(all);
    }

    private EditorCondition find(String slug) {
        return conditions.find(slug)
                .orElseThrow(() -> ApiProblemException.notFound("No condition page has this address."));
    }
}
