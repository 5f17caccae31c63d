package org.clinic.content.article;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Article bodies already turned into safe HTML, so that the Markdown renderer and the sanitizer (about a tenth of an
 * article page's CPU) run once per text instead of on every page view.
 *
 * <p>Keyed by the Markdown text itself rather than by article id and {@code updated_at}: a body changed in the
 * database without touching {@code updated_at} (a hand-written fix, a re-run demo migration) can then never show
 * its old HTML, and the key costs one hash and one comparison of a few kilobytes, microseconds next to rendering.
 * Bounded, least recently used out first: a clinic has a few hundred articles, each entry is a body and its HTML
 * (tens of kilobytes at most), and texts of edited articles must not pile up. A plain synchronized map rather than
 * a cache library for one lookup per page; rendering runs outside the lock (two first readers of a new text may
 * both render it, with the same result).
 */
@Component
final class RenderedBodies {

    static final int CAPACITY = 200;

    private final Map<String, String> htmlByMarkdown;

    /** One for the service: the article page and the feed show the same bodies. */
    RenderedBodies() {
        this(CAPACITY);
    }

    RenderedBodies(int capacity) {
        this.htmlByMarkdown = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    String html(String markdown, Function<String, String> render) {
        if (markdown == null) {
            return render.apply(null);
        }
        synchronized (htmlByMarkdown) {
            String known = htmlByMarkdown.get(markdown);
            if (known != null) {
                return known;
            }
        }
        String rendered = render.apply(markdown);
        synchronized (htmlByMarkdown) {
            htmlByMarkdown.put(markdown, rendered);
        }
        return rendered;
    }

    int size() {
        synchronized (htmlByMarkdown) {
            return htmlByMarkdown.size();
        }
    }
}
