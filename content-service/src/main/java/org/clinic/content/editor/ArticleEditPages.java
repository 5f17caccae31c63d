package org.clinic.content.editor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.clinic.content.authoring.ArticleDraft;
import org.clinic.content.authoring.ArticleEditing;
import org.clinic.content.authoring.EditorArticle;
import org.clinic.content.markdown.SafeMarkdown;
import org.clinic.content.publishing.PublishRequest;
import org.clinic.content.publishing.Publishing;
import org.clinic.platform.web.ApiProblemException;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The writing page: a new article ({@code /editor/articles/new}) and an existing one ({@code /editor/articles/{slug}}).
 * One form carries every field and every action (save, preview, publish, schedule, unpublish), so no button loses
 * what was typed: each action saves first. Without JavaScript, "Preview" posts the form and shows it again with the
 * preview; with it, the preview follows the typing ({@code POST /editor/preview}). A refused save shows the form
 * again as typed, with the reasons; a save over a colleague's newer version shows what they changed.
 */
@Controller
class ArticleEditPages {

    /** Shown and posted at the same address, so a refused or previewed new article can be reloaded. */
    static final String NEW = "/editor/articles/new";

    private final ArticleEditing editing;
    private final Publishing publishing;
    private final ArticleFormErrors formErrors;
    private final WritingPage writingPage;
    private final SafeMarkdown markdown;
    private final EditorTimes times;
    private final Clock clock;

    ArticleEditPages(ArticleEditing editing, Publishing publishing, ArticleFormErrors formErrors,
            WritingPage writingPage, SafeMarkdown markdown, EditorTimes times, Clock clock) {
        this.editing = editing;
        this.publishing = publishing;
        this.formErrors = formErrors;
        this.writingPage = writingPage;
        this.markdown = markdown;
        this.times = times;
        this.clock = clock;
    }

    static String editPath(String slug) {
        return "/editor/articles/" + slug;
    }

    @GetMapping(NEW)
    ModelAndView blank() {
        return writingPage.of(null, ArticleForm.blank(writingPage.defaultAuthor()));
    }

    @PostMapping(NEW)
    ModelAndView create(@ModelAttribute ArticleForm form, Authentication editor) {
        return act(null, form, editor.getName());
    }

    @GetMapping("/editor/articles/{slug}")
    ModelAndView edit(@PathVariable String slug, @RequestParam(required = false) String done) {
        EditorArticle article = find(slug);
        if (!article.slug().equals(slug)) {
            return PageRedirects.seeOther(editPath(article.slug()));
        }
        return writingPage.of(article, writingPage.formOf(article)).addObject("notice", Done.notice(done));
    }

    @PostMapping("/editor/articles/{slug}")
    ModelAndView save(@PathVariable String slug, @ModelAttribute ArticleForm form, Authentication editor) {
        return act(find(slug), form, editor.getName());
    }

    /** The live preview: the body as the public page will show it, through the same sanitizing pipeline. */
    @PostMapping(value = "/editor/preview", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> preview(@RequestParam(defaultValue = "") String bodyMarkdown) {
        String body = bodyMarkdown.length() > ArticleDraft.MAX_BODY ? bodyMarkdown.substring(0, ArticleDraft.MAX_BODY)
                : bodyMarkdown;
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(markdown.toHtml(body));
    }

    /** Only drafts are deleted; for anything else the question does not arise, so the article's page answers. */
    @GetMapping("/editor/articles/{slug}/delete")
    ModelAndView confirmDelete(@PathVariable String slug) {
        EditorArticle article = find(slug);
        return article.status().equals("DRAFT") ? new ModelAndView("editor/delete").addObject("article", article)
                : PageRedirects.seeOther(editPath(article.slug()));
    }

    @PostMapping("/editor/articles/{slug}/delete")
    ModelAndView delete(@PathVariable String slug, @RequestParam(required = false) Integer version) {
        EditorArticle article = find(slug);
        try {
            editing.delete(article.slug(), version == null ? OptionalInt.empty() : OptionalInt.of(version));
        } catch (ApiProblemException e) {
            if (e.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw e;
            }
            EditorArticle now = find(slug);
            ModelAndView page = writingPage.of(now, writingPage.formOf(now)).addObject("problem", now.status()
                    .equals("DRAFT") ? "Not deleted: " + now.updatedBy() + " changed this draft meanwhile. Check it,"
                    + " then delete it again." : "Not deleted: this article is no longer a draft.");
            page.setStatus(HttpStatus.CONFLICT);
            return page;
        }
        return PageRedirects.seeOther(ArticleListPage.PATH + "?deleted=draft");
    }

    /** Every button of the form: check, save (create), then publish, schedule or unpublish as asked. */
    private ModelAndView act(EditorArticle article, ArticleForm form, String who) {
        String intent = form.intentOr("save");
        if (intent.equals("save") && article != null && article.status().equals("SCHEDULED")
                && form.publishAt() != null && !form.publishAt().equals(times.field(article.publishAt()))) {
            // A new time typed into the schedule box of a scheduled article, then "Save": the editor means it.
            intent = "schedule";
        }
        if (intent.equals("preview")) {
            return writingPage.of(article, form).addObject("notice", "Preview below; nothing is saved yet.")
                    .addObject("previewShown", true);
        }
        Map<String, String> errors = new LinkedHashMap<>(formErrors.of(form));
        OffsetDateTime publishAt = null;
        if (intent.equals("schedule")) {
            publishAt = times.parse(form.publishAt()).orElse(null);
            if (publishAt == null) {
                errors.put("publish-at", "Choose the day and time to publish at.");
            } else if (!publishAt.isAfter(OffsetDateTime.now(clock))) {
                errors.put("publish-at", "Choose a time in the future, or use Publish now.");
            }
        }
        if (!errors.isEmpty()) {
            return writingPage.refused(article, form, errors, HttpStatus.BAD_REQUEST);
        }
        EditorArticle saved;
        try {
            saved = article == null ? editing.create(form.draft(), who)
                    : editing.save(article.slug(), form.version() == null ? -1 : form.version(), form.draft(), who);
        } catch (ApiProblemException e) {
            return writingPage.problem(article, form, e);
        }
        try {
            EditorArticle after = switch (intent) {
                case "publish" -> publishing.publish(saved.slug(), null, OptionalInt.of(saved.version()), who);
                case "schedule" -> publishing.publish(saved.slug(), new PublishRequest(publishAt),
                        OptionalInt.of(saved.version()), who);
                case "unpublish" -> publishing.unpublish(saved.slug(), OptionalInt.of(saved.version()), who);
                default -> saved;
            };
            boolean wasScheduled = saved.status().equals("SCHEDULED") && intent.equals("unpublish");
            return PageRedirects.seeOther(editPath(after.slug()) + "?done=" + (wasScheduled ? "unscheduled"
                    : Done.of(intent, article == null)));
        } catch (ApiProblemException e) {
            // The words are saved; only the publishing step was refused (e.g. scheduling a published article).
            ModelAndView page = writingPage.of(saved, writingPage.formOf(saved))
                    .addObject("problem", "Saved, but not " + Done.of(intent, false) + ": " + e.getBody().getDetail());
            page.setStatus(HttpStatus.valueOf(e.getStatusCode().value()));
            return page;
        }
    }

    private EditorArticle find(String slug) {
        return editing.find(slug).orElseThrow(() -> ApiProblemException.notFound("No article has this address."));
    }

    /** What the page says after a redirect, by the {@code done} parameter (nothing for an unknown one). */
    enum Done {
        CREATED("Draft saved. Readers see it once you publish it."),
        SAVED("Saved."),
        PUBLISHED("Published: patients can read it now."),
        SCHEDULED("Scheduled: it publishes itself at the time shown."),
        UNPUBLISHED("Taken off the site: it is a draft again."),
        /** From the history (HistoryPages): the text below is the restored one. */
        RESTORED("Restored: the earlier version is the current text now; what it replaced stays in the history.");

        private final String notice;

        Done(String notice) {
            this.notice = notice;
        }

        static String of(String intent, boolean created) {
            return switch (intent) {
                case "publish" -> "published";
                case "schedule" -> "scheduled";
                case "unpublish" -> "unpublished";
                default -> created ? "created" : "saved";
            };
        }

        static String notice(String done) {
            return done == null ? null : Stream.of(values()).filter(d -> d.name().equalsIgnoreCase(done)).findFirst()
                    .map(d -> d.notice).orElse(null);
        }
    }
}
