package org.clinic.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.clinic.platform.metrics.DatabaseGauges;
import org.clinic.platform.metrics.GaugeValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Messages whose last attempt failed and that wait for the next one ({@value #RETRYING}), by kind and channel:
 * near zero while the mail server and the SMS provider answer; rising while one of them is down.
 */
@Component
class RetryingMessages implements DatabaseGauges {

    static final String RETRYING = "clinic.messages.retrying";

    private final Map<NotificationKind, Map<Channel, GaugeValue>> values = new EnumMap<>(NotificationKind.class);

    RetryingMessages() {
        for (NotificationKind kind : NotificationKind.values()) {
            Map<Channel, GaugeValue> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, new GaugeValue());
            }
            values.put(kind, byChannel);
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        values.forEach((kind, byChannel) -> byChannel.forEach((channel, value) ->
                Gauge.builder(RETRYING, value, GaugeValue::get)
                        .description("Messages waiting to be tried again after a failed attempt")
                        .tag("kind", DeliveryMetrics.lower(kind))
                        .tag("channel", DeliveryMetrics.lower(channel))
                        .register(registry)));
    }

    @Override
    public void read(JdbcClient jdbc) {
        Map<NotificationKind, Map<Channel, Long>> counts = new EnumMap<>(NotificationKind.class);
        // Only pending rows, which the partial index notification_due holds: a handful, whatever the log's size.
        jdbc.sql("""
                        SELECT kind, channel, count(*) AS waiting FROM notification
                        WHERE status = 'PENDING' AND attempts > 0
                        GROUP BY kind, channel""")
                .query(rs -> {
                    counts.computeIfAbsent(NotificationKind.valueOf(rs.getString("kind")),
                                    k -> new EnumMap<>(Channel.class))
                            .put(Channel.valueOf(rs.getString("channel")), rs.getLong("waiting"));
                });
        values.forEach((kind, byChannel) -> byChannel.forEach((channel, value) ->
                value.set(counts.getOrDefault(kind, Map.of()).getOrDefault(channel, 0L))));
    }

    @Override
    public void unknown() {
        values.values().forEach(byChannel -> byChannel.values().forEach(GaugeValue::unknown));
    }
}
