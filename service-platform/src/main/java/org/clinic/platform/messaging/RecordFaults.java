package org.clinic.platform.messaging;

import java.util.List;
import org.springframework.kafka.listener.ExceptionClassifier;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Which failures of a listener are the record's fault (it can never be processed as it is) and which are the
 * world's (retry until the world is back). Only the first kind is dead-lettered.
 */
final class RecordFaults {

    /**
     * Spring Kafka's own list of failures no retry can fix (a value that failed to deserialize or convert, a listener
     * method that does not fit the record), plus ours.
     */
    private static final List<Class<? extends Throwable>> UNREADABLE = unreadable();

    private RecordFaults() {
    }

    /** True when the failure, or anything it was caused by, says the record itself is unreadable. */
    static boolean isUnreadable(Throwable failure) {
        return find(failure) != null;
    }

    /** The exception in the chain that makes the record unreadable, or null. */
    static Throwable find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : UNREADABLE) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * What is stored with a dead letter and logged: our own exception's message (written not to quote the record),
     * otherwise only the exception's type, since a parser's message may quote the record's content.
     */
    static String reason(Throwable failure) {
        Throwable cause = find(failure);
        if (cause == null) {
            cause = failure;
        }
        String reason = cause instanceof UnreadableRecordException && cause.getMessage() != null
                ? cause.getClass().getSimpleName() + ": " + cause.getMessage().replaceAll("\\s+", " ")
                : cause.getClass().getSimpleName();
        return reason.length() <= 300 ? reason : reason.substring(0, 299) + "…";
    }

    /** For a record that failed to deserialize, the bytes as they arrived (the record's value is then null). */
    static byte[] undeserializedValue(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DeserializationException e && !e.isKey()) {
                return e.getData();
            }
        }
        return null;
    }

    private static List<Class<? extends Throwable>> unreadable() {
        var types = new java.util.ArrayList<Class<? extends Throwable>>(ExceptionClassifier.defaultFatalExceptionsList());
        types.add(UnreadableRecordException.class);
        return List.copyOf(types);
    }
}
