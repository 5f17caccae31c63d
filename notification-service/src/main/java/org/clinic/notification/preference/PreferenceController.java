package org.clinic.notification.preference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.clinic.notification.delivery.Channel;
import org.clinic.platform.apidocs.ApiDocs;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front desk records how a patient wants to be told (staff only, like the rest of /api/notifications). */
@Tag(name = "Preferences", description = "How a patient wants to be told: EMAIL or SMS.")
@SecurityRequirement(name = ApiDocs.STAFF, scopes = {"FRONT_DESK", "ADMIN"})
@RestController
@RequestMapping("/api/notifications/preferences/{patientId}")
class PreferenceController {

    private final ChannelPreferences preferences;

    PreferenceController(ChannelPreferences preferences) {
        this.preferences = preferences;
    }

    @Operation(summary = "How a patient wants to be told", description = "EMAIL unless recorded otherwise.")
    @GetMapping
    Preference get(@PathVariable UUID patientId) {
        return new Preference(patientId, preferences.of(patientId).name());
    }

    @Operation(summary = "Record how a patient wants to be told", description = "`channel`: EMAIL or SMS.")
    @PutMapping
    Preference put(@PathVariable UUID patientId, @RequestBody Preference body) {
        Channel channel = parse(body == null ? null : body.channel());
        preferences.set(patientId, channel);
        return new Preference(patientId, channel.name());
    }

    private static Channel parse(String channel) {
        try {
            return Channel.valueOf(channel == null ? "" : channel.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblemException.invalidField("channel", "must be EMAIL or SMS");
        }
    }

    record Preference(UUID patientId, String channel) {
    }
}
