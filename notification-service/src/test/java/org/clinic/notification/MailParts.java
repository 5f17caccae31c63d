package org.clinic.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Finds the calendar attachment of a received message. */
public final class MailParts {

    private MailParts() {
    }

    public static String calendar(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            var bytes = new ByteArrayOutputStream();
            part.getDataHandler().writeTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = calendar(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
