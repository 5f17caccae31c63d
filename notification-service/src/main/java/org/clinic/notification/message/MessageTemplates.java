package org.clinic.notification.message;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.clinic.notification.delivery.NotificationKind;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The message texts, one Mustache template per kind and rendering under {@code templates/messages/}
 * ({@code confirmation.txt}, {@code .html}, {@code .sms}, with shared {@code details} and {@code footer}
 * partials). Mustache because it is logic-less (wording can change without touching code), HTML-escapes every
 * value by default, and is one small library; all are compiled once at startup so a broken template fails
 * the service's start rather than a patient's message.
 */
@Component
class MessageTemplates {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Map<NotificationKind, Template> text = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Template> html = new EnumMap<>(NotificationKind.class);
    private final Map<NotificationKind, Template> sms = new EnumMap<>(NotificationKind.class);

    MessageTemplates() {
        Mustache.Compiler plain = compiler("txt").escapeHTML(false);
        Mustache.Compiler markup = compiler("html");
        for (NotificationKind kind : NotificationKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            text.put(kind, plain.compile(load(name + ".txt")));
            html.put(kind, markup.compile(load(name + ".html")));
            sms.put(kind, plain.compile(load(name + ".sms")));
        }
    }

    String text(NotificationKind kind, MessageModel model) {
        return text.get(kind).execute(model);
    }

    String html(NotificationKind kind, MessageModel model) {
        return html.get(kind).execute(model);
    }

    /** SMS text is one line; template line breaks are only for readability of the source. */
    String sms(NotificationKind kind, MessageModel model) {
        return WHITESPACE.matcher(sms.get(kind).execute(model).strip()).replaceAll(" ");
    }

    private static Mustache.Compiler compiler(String partialExtension) {
        return Mustache.compiler().defaultValue("").withLoader(name -> load(name + "." + partialExtension));
    }

    private static Reader load(String name) {
        try {
            return new InputStreamReader(new ClassPathResource("templates/messages/" + name + ".mustache")
                    .getInputStream(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Missing message template " + name, e);
        }
    }
}
