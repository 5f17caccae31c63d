package org.clinic.notification.delivery;

import java.util.HashMap;
import java.util.Map;
import org.clinic.notification.mail.Attachment;

/** The columns a message occupies in the delivery log, as named parameters for {@code JdbcClient.params}. */
final class MessageColumns {

    private MessageColumns() {
    }

    static Map<String, Object> of(OutgoingMessage message) {
        Attachment a = message.attachment();
        Map<String, Object> columns = new HashMap<>();
        columns.put("channel", message.channel().name());
        columns.put("to", message.recipient());
        columns.put("subject", message.subject());
        columns.put("text", message.text());
        columns.put("html", message.html());
        columns.put("fileName", a == null ? null : a.filename());
        columns.put("fileType", a == null ? null : a.contentType());
        columns.put("file", a == null ? null : a.content());
        return columns;
    }
}
