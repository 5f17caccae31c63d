package org.clinic.notification.preference;

import java.util.UUID;
import org.clinic.notification.delivery.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How each patient prefers to be told; EMAIL unless the front desk recorded otherwise. */
@Repository
class ChannelPreferences {

    private final JdbcClient jdbc;

    ChannelPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Channel of(UUID patientId) {
        if (patientId == null) {
            return Channel.EMAIL;
        }
        return jdbc.sql("SELECT channel FROM patient_channel_preference WHERE patient_id = :id")
                .param("id", patientId).query(String.class).optional()
                .map(Channel::valueOf).orElse(Channel.EMAIL);
    }

    void set(UUID patientId, Channel channel) {
        jdbc.sql("""
                INSERT INTO patient_channel_preference (patient_id, channel, updated_at) VALUES (:id, :channel, now())
                ON CONFLICT (patient_id) DO UPDATE SET channel = EXCLUDED.channel, updated_at = EXCLUDED.updated_at
                """)
                .param("id", patientId).param("channel", channel.name()).update();
    }
}
