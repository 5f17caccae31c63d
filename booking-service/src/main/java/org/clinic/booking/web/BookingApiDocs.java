package org.clinic.booking.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What booking-service's OpenAPI document says beyond what springdoc reads from the controllers: the meaning of its
 * two request headers, wherever an operation takes them, and an example booking.
 */
@Component
class BookingApiDocs implements OpenApiCustomizer {

    private static final Map<String, String> HEADERS = Map.of(
            "Idempotency-Key", "1 to 200 visible ASCII characters, new for each booking the client means to make. "
                    + "A retry with the same key and body gets the first answer and books nothing new; the same key "
                    + "with another body is a 409.",
            "X-Manage-Token", "The `manageToken` the booking answered with (also in the confirmation's manage "
                    + "link). A missing or wrong one answers 404, as an unknown reference does.");

    /** Plain maps: swagger writes examples with a JSON library of its own. */
    private static final Map<String, Object> BOOKING_EXAMPLE = ordered(
            "appointmentTypeId", "11111111-0000-0000-0000-000000000003",
            "practitionerId", "22222222-0000-0000-0000-000000000001",
            "start", "2026-12-01T09:00:00-05:00",
            "patient", ordered("firstName", "Ana", "lastName", "Ruiz", "email", "ana@example.org",
                    "phone", "+15555550123"),
            "notes", "Lower back pain since Monday, worse when sitting.");

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().values().forEach(item -> item.readOperations().forEach(BookingApiDocs::describeHeaders));
        Optional.ofNullable(api.getPaths().get("/api/booking/appointments"))
                .map(item -> item.getPost())
                .map(Operation::getRequestBody)
                .map(body -> body.getContent().get("application/json"))
                .ifPresent(json -> json.addExamples("booking", new Example().summary("An online booking")
                        .value(BOOKING_EXAMPLE)));
    }

    private static void describeHeaders(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("header".equals(parameter.getIn()) && parameter.getDescription() == null) {
                parameter.setDescription(HEADERS.get(parameter.getName()));
            }
        }
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
