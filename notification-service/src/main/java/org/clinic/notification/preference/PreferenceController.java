package org.clinic.notification.preference;

import java.util.UUID;
import org.clinic.notification.delivery.Channel;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front desk records how a patient wants to be told (staff only, like the rest of /api/notifications). */
@RestController
@RequestMapping("/api/notifications/preferences/{patientId}")
class PreferenceController {

    private final ChannelPreferences preferences;

    PreferenceController(ChannelPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    Preference get(@PathVariable UUID patientId) {
        return new Preference(patientId, preferences.of(patientId).name());
    }

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
