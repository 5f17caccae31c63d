package org.clinic.content.editor;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinic.content.authoring.EditorArticlePage;
import org.clinic.content.authoring.EditorArticleQuery;
import org.clinic.content.authoring.EditorArticleQuery.Sort;
import org.clinic.content.authoring.EditorArticleSummary;
import org.clinic.content.authoring.EditorArticles;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /editor}: every article, the newest work first, filtered by state and search words, or sorted by the
 * bookings each brought. The filter is a plain GET form, so a filtered list is a link an editor can keep.
 */
@Controller
class ArticleListPage {

    static final String PATH = "/editor";
    private static final int PAGE_SIZE = 25;
    private static final Set<String> STATES = Set.of("DRAFT", "SCHEDULED", "PUBLISHED");

    /** One line as the table shows it. */
    record Row(String title, String editHref, String slug, String status, String statusLabel, String statusWhen,
            String author, String changed, EditorArticleSummary.Bookings bookings) {
    }

    private final EditorArticles articles;
    private final EditorTimes times;
    private final Clock clock;

    ArticleListPage(EditorArticles articles, EditorTimes times, Clock clock) {
        this.articles = articles;
        this.times = times;
        this.clock = clock;
    }

    /** Parameters that make no sense (a made-up state, a page past the end) show the list as if not given. */
    @GetMapping(PATH)
    ModelAndView list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") String page,
            @RequestParam(required = false) String deleted) {
        String state = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        if (state != null && !STATES.contains(state)) {
            state = null;
        }
        String words = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
        Sort order = Sort.of(sort);
        EditorArticleQuery query = new EditorArticleQuery(state, words, order, pageNumber(page), PAGE_SIZE);
        EditorArticlePage found = articles.list(query, clock.instant());
        List<Row> rows = found.items().stream().map(this::row).toList();
        return new ModelAndView("editor/list")
                .addObject("rows", rows)
                .addObject("status", state == null ? "" : state)
                .addObject("q", query.q() == null ? "" : query.q())
                .addObject("sort", order.parameter())
                .addObject("total", found.total())
                .addObject("page", found.page())
                .addObject("pages", found.pages())
                .addObject("previousHref", found.page() > 0 ? href(query, found.page() - 1) : null)
                .addObject("nextHref", found.page() + 1 < found.pages() ? href(query, found.page() + 1) : null)
                .addObject("filtered", state != null || query.q() != null)
                // A fixed sentence, whatever the parameter says: a link must not make this page say anything else.
                .addObject("notice", deleted == null ? null : "The draft was deleted.");
    }

    private Row row(EditorArticleSummary a) {
        String when = switch (a.status()) {
            case "SCHEDULED" -> times.shown(a.publishAt());
            case "PUBLISHED" -> times.shown(a.publishedAt());
            default -> "";
        };
        String label = switch (a.status()) {
            case "SCHEDULED" -> "Scheduled";
            case "PUBLISHED" -> "Published";
            default -> "Draft";
        };
        String changed = times.shown(a.updatedAt()) + (a.updatedBy() == null ? "" : " by " + a.updatedBy());
        return new Row(a.title(), ArticleEditPages.editPath(a.slug()), a.slug(), a.status().toLowerCase(Locale.ROOT),
                label, when, a.author().name(), changed, a.bookings());
    }

    private static String href(EditorArticleQuery query, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (query.status() != null) {
            uri.queryParam("status", query.status().toLowerCase(Locale.ROOT));
        }
        if (query.q() != null) {
            uri.queryParam("q", query.q());
        }
        if (query.sort() != Sort.UPDATED) {
            uri.queryParam("sort", query.sort().parameter());
        }
        return uri.queryParam("page", page).encode().build().toUriString();
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
