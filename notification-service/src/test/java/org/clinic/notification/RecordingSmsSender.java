package org.clinic.notification;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.clinic.notification.sms.SmsSender;

/** Stands in for an SMS provider (there is no SMS infrastructure to run in a test) and remembers what it sent. */
public final class RecordingSmsSender implements SmsSender {

    public static final String UNAVAILABLE = "SMS provider unavailable";

    private final ConcurrentLinkedQueue<Sms> sent = new ConcurrentLinkedQueue<>();
    private final Set<String> failOnce = ConcurrentHashMap.newKeySet();

    @Override
    public void send(String phoneNumber, String text) {
        if (failOnce.remove(phoneNumber)) {
            throw new IllegalStateException(UNAVAILABLE);
        }
        sent.add(new Sms(phoneNumber, text));
    }

    /** The next message to this number fails as a provider outage would; the one after goes through. */
    public void failOnceFor(String phoneNumber) {
        failOnce.add(phoneNumber);
    }

    public List<Sms> sentTo(String phoneNumber) {
        return sent.stream().filter(s -> s.to().equals(phoneNumber)).toList();
    }

    public record Sms(String to, String text) {
    }
}
