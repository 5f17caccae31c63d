package org.clinic.content.editor;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.clinic.content.condition.ConditionDetails;
import org.clinic.content.condition.EditorCondition;
import org.clinic.content.condition.NewCondition;

/**
 * The condition form as posted, kept as typed: symptoms and treatments one per line, the recommended appointment type
 * as the hidden field it is (the form keeps what is stored; the booking service owns the types), the slug only when
 * adding one, and the version the form was opened at.
 */
record ConditionForm(String name, String summary, String symptoms, String treatments,
        String recommendedAppointmentTypeId, String slug, Integer version)
        implements ItemEditPages.Form<EditorCondition, ConditionForm> {

    static ConditionForm blank() {
        return new ConditionForm("", "", "", "", "", "", null);
    }

    static ConditionForm of(EditorCondition condition) {
        return new ConditionForm(condition.name(), condition.summary(), String.join("\n", condition.symptoms()),
                String.join("\n", condition.treatments()), typeField(condition), condition.slug(), condition.version());
    }

    /** Keeps the colleague's appointment type: this form only carries it along, so nobody here changed it. */
    @Override
    public ConditionForm over(EditorCondition current) {
        return new ConditionForm(name, summary, symptoms, treatments, typeField(current), slug, current.version());
    }

    NewCondition newCondition() {
        return new NewCondition(slug, name == null ? null : name.strip(), ItemEditPages.Form.text(summary),
                lines(symptoms), lines(treatments), appointmentType());
    }

    ConditionDetails details() {
        return new ConditionDetails(name, ItemEditPages.Form.text(summary), lines(symptoms), lines(treatments),
                appointmentType());
    }

    /** The hidden field holds an id or nothing; anything else was not sent by this page. */
    boolean appointmentTypeOk() {
        String id = recommendedAppointmentTypeId;
        return id == null || id.isBlank() || id.strip().matches("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");
    }

    private UUID appointmentType() {
        return appointmentTypeOk() && recommendedAppointmentTypeId != null && !recommendedAppointmentTypeId.isBlank()
                ? UUID.fromString(recommendedAppointmentTypeId.strip()) : null;
    }

    /** One entry a line; blank lines (a trailing newline, a gap) are no entries. */
    private static List<String> lines(String typed) {
        return typed == null ? List.of()
                : Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String typeField(EditorCondition condition) {
        return condition.recommendedAppointmentTypeId() == null ? ""
                : condition.recommendedAppointmentTypeId().toString();
    }
}
