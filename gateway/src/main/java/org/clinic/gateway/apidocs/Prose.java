package org.clinic.gateway.apidocs;

import java.util.ArrayList;
import java.util.List;

/**
 * A description from an OpenAPI document, which is CommonMark, shown without trusting it as HTML: only its
 * {@code `code`} spans are kept as such; everything else is text the template escapes.
 */
record Prose(List<Segment> segments) {

    record Segment(String text, boolean code) {
    }

    static Prose of(String markdown) {
        List<Segment> segments = new ArrayList<>();
        if (markdown != null) {
            String[] parts = markdown.split("`", -1);
            for (int i = 0; i < parts.length; i++) {
                // An odd count of backticks leaves the last part as text rather than an unclosed code span.
                boolean code = i % 2 == 1 && i < parts.length - 1;
                if (!parts[i].isEmpty()) {
                    segments.add(new Segment(code || i % 2 == 0 ? parts[i] : "`" + parts[i], code));
                }
            }
        }
        return new Prose(List.copyOf(segments));
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }
}
