package org.clinic.content.editor;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.OptionalInt;
import org.clinic.content.authoring.ArticleEditing;
import org.clinic.content.authoring.ArticleHistory;
import org.clinic.content.authoring.EditorArticle;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.content.revision.DiffLine;
import org.clinic.content.revision.Revision;
import org.clinic.content.revision.RevisionComparison;
import org.clinic.content.revision.RevisionPage;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An article's history for its editors: every version newest first, one version in full, one compared with the
 * current text, and restoring one (a POST, then the edit page with the restored text and a notice). The restore
 * form carries the article's version the editor saw, so a save made meanwhile is caught and shown rather than
 * silently undone.
 *
 * <p>Path parts arrive as text: a version that is not a number names nothing, so it is the site's 404 page like an
 * unknown one. An article's former address answers 301 to the same page under its current one.
 */
@Controller
class HistoryPages {

    static final int PAGE_SIZE = 20;
    private static final String HISTORY = "/editor/articles/{slug}/history";
    private static final String REVISION = HISTORY + "/{version}";

    private final ArticleHistory history;
    private final ArticleEditing editing;
    private final SafeMarkdown markdown;
    private final RevisionFields fields;

    HistoryPages(ArticleHistory history, ArticleEditing editing, SafeMarkdown markdown, RevisionFields fields) {
        this.history = history;
        this.editing = editing;
        this.markdown = markdown;
        this.fields = fields;
    }

    @GetMapping(HISTORY)
    ModelAndView list(@PathVariable String slug, @RequestParam(required = false) String page) {
        EditorArticle article = history.article(slug);
        int number = page == null ? 1 : number(page);
        if (!article.slug().equals(slug)) {
            return PageRedirects.movedPermanently(historyOf(article.slug()) + (page == null ? "" : "?page=" + number));
        }
        RevisionPage revisions = history.list(slug, number - 1, PAGE_SIZE);
        long pages = Math.max(1, (revisions.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (number > pages) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return page("editor/history", article)
                .addObject("revisions", revisions)
                .addObject("pageNumber", number)
                .addObject("pageCount", pages);
    }

    @GetMapping(REVISION)
    ModelAndView revision(@PathVariable String slug, @PathVariable String version) {
        EditorArticle article = history.article(slug);
        if (!article.slug().equals(slug)) {
            return PageRedirects.movedPermanently(historyOf(article.slug()) + "/" + number(version));
        }
        return revisionPage(article, history.revision(slug, number(version)), null, HttpStatus.OK);
    }

    @GetMapping(REVISION + "/compare")
    ModelAndView compare(@PathVariable String slug, @PathVariable String version) {
        EditorArticle article = history.article(slug);
        if (!article.slug().equals(slug)) {
            return PageRedirects.movedPermanently(historyOf(article.slug()) + "/" + number(version) + "/compare");
        }
        RevisionComparison comparison = history.compare(slug, number(version));
        // The restore form offered beside the comparison is based on the text compared with.
        return page("editor/history-compare", article)
                .addObject("comparison", comparison)
                .addObject("seenVersion", comparison.current().version())
                .addObject("bodyChanged", comparison.changedFields().contains("bodyMarkdown"))
                .addObject("added", comparison.bodyDiff().stream()
                        .filter(line -> line.change() == DiffLine.Change.ADDED).count())
                .addObject("removed", comparison.bodyDiff().stream()
                        .filter(line -> line.change() == DiffLine.Change.REMOVED).count());
    }

    /**
     * @param seenVersion the article's version when the editor opened the page; a restore over a newer one is
     *                    refused, and the page comes back saying who changed it
     */
    @PostMapping(REVISION + "/restore")
    ModelAndView restore(@PathVariable String slug, @PathVariable String version,
            @RequestParam(required = false) String seenVersion, Authentication editor) {
        EditorArticle article = history.article(slug);
        Revision revision = history.revision(article.slug(), number(version));
        OptionalInt seen = parse(seenVersion);
        if (seen.isEmpty()) {
            return revisionPage(article, revision, "Nothing was restored: the form did not say which version of the "
                    + "article you saw. Check the article below, then restore again.", HttpStatus.BAD_REQUEST);
        }
        try {
            EditorArticle restored = editing.restore(article.slug(), revision.version(), seen, editor.getName());
            return PageRedirects.seeOther(ArticleEditPages.editPath(restored.slug()) + "?done=restored");
        } catch (ApiProblemException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            return revisionPage(history.article(slug), revision, conflict(e, seen.getAsInt(), revision.version()),
                    HttpStatus.CONFLICT);
        }
    }

    private ModelAndView revisionPage(EditorArticle article, Revision revision, String problem, HttpStatus status) {
        ModelAndView page = page("editor/history-revision", article)
                .addObject("revision", revision)
                .addObject("rows", fields.of(revision))
                .addObject("bodyHtml", markdown.toHtml(revision.bodyMarkdown()))
                .addObject("seenVersion", article.version())
                .addObject("problem", problem);
        page.setStatus(status);
        return page;
    }

    private ModelAndView page(String view, EditorArticle article) {
        return new ModelAndView(view).addObject("article", article).addObject("fields", fields);
    }

    /** Says who changed the article since the editor looked, from the conflict's facts (EditConflict). */
    private String conflict(ApiProblemException e, int seen, int version) {
        Map<String, Object> facts = e.getBody().getProperties() == null ? Map.of() : e.getBody().getProperties();
        String by = facts.get("changedBy") instanceof String who ? " by " + who : "";
        String at = facts.get("changedAt") instanceof OffsetDateTime when ? " on " + fields.when(when) : "";
        String now = facts.get("currentVersion") instanceof Integer current ? " It is at version " + current
                + " now." : "";
        return "Nothing was restored: the article was changed" + by + at + " after you opened this page (you saw "
                + "version " + seen + ")." + now + " Compare version " + version + " with the current text again, "
                + "then restore it if you still want it.";
    }

    static String historyOf(String slug) {
        return "/editor/articles/" + slug + "/history";
    }

    /** A version or page number from the address; anything else names nothing here. */
    private static int number(String text) {
        return parse(text).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static OptionalInt parse(String text) {
        if (text == null || !text.strip().matches("[1-9][0-9]{0,8}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text.strip()));
    }
}
