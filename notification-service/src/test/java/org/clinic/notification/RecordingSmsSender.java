package org.clinic.notification;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.clinic.notification.sms.SmsSender;

/** Stands in for an SMS provider (there is no SMS infrastructure to run in a test) and remembers what it sent. */
public final class RecordingSmsSender implements SmsSender {

    private final ConcurrentLinkedQueue<Sms> sent = new ConcurrentLinkedQueue<>();

    @Override
    public void send(String phoneNumber, String text) {
        sent.add(new Sms(phoneNumber, text));
    }

    public List<Sms> sentTo(String phoneNumber) {
        return sent.stream().filter(s -> s.to().equals(phoneNumber)).toList();
    }

    public record Sms(String to, String text) {
    }
}
