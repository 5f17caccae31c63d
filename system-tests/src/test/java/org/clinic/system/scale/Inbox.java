package org.clinic.system.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.json.JsonMapper;

/** The local mail catcher's inbox, read over its JSON API: how many emails of each kind each booking got. */
final class Inbox {

    private static final Pattern CONFIRMATION = Pattern.compile("is booked \\((\\w{8})\\)$");
    private static final Pattern REMINDER = Pattern.compile("^Reminder: .*\\((\\w{8})\\)$");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;

    Inbox(String url) {
        this.url = url;
    }

    int count() {
        return JsonMapper.shared().readTree(fetch("/api/messages/count")).path("count").asInt();
    }

    /** Confirmation emails per appointment reference. */
    Map<String, Long> confirmations() {
        return perReference(CONFIRMATION);
    }

    /** Reminder emails per appointment reference. */
    Map<String, Long> reminders() {
        return perReference(REMINDER);
    }

    private Map<String, Long> perReference(Pattern subject) {
        List<String> subjects = StreamSupport.stream(JsonMapper.shared().readTree(fetch("/api/messages"))
                .path("messages").spliterator(), false).map(m -> m.path("subject").asString()).toList();
        return subjects.stream().map(subject::matcher).filter(Matcher::find).map(m -> m.group(1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private String fetch(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
