package org.clinic.content.editor;

import jakarta.validation.Validator;
import java.util.Map;
import org.clinic.content.author.Authors;
import org.clinic.content.author.EditorAuthor;
import org.clinic.content.editor.FieldErrors.Field;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The clinicians articles name as their authors: the list ({@code /editor/authors}), adding one
 * ({@code /editor/authors/new}) and changing one ({@code /editor/authors/{slug}}), by the course of
 * {@link ItemEditPages}.
 */
@Controller
class AuthorEditPages extends ItemEditPages<EditorAuthor, AuthorForm> {

    static final String LIST = "/editor/authors";

    private static final FieldErrors FIELDS = new FieldErrors(Field.one("name", "name", "The name"),
            Field.one("credentials", "credentials", "The credentials"), Field.one("bio", "bio", "The bio"),
            Field.one("slug", "slug", "The slug").whenPattern("The slug may have lower-case letters, digits and single"
                    + " hyphens only, such as sam-rivera.")
                    .whenRefused("Another author has this slug; choose another."));

    private final Authors authors;

    AuthorEditPages(Authors authors, Validator validator, EditorTimes times) {
        super(EditorAuthor.class, FIELDS, validator, times);
        this.authors = authors;
    }

    @GetMapping(LIST)
    ModelAndView list() {
        return new ModelAndView("editor/authors").addObject("authors", authors.all());
    }

    @GetMapping(LIST + "/new")
    ModelAndView blank() {
        return page(null, AuthorForm.blank());
    }

    @PostMapping(LIST)
    ModelAndView create(@ModelAttribute AuthorForm form, Authentication editor) {
        return stored(null, form, errors(form.newAuthor()), () -> authors.create(form.newAuthor(), editor.getName()));
    }

    @GetMapping(LIST + "/{slug}")
    ModelAndView edit(@PathVariable String slug, @RequestParam(required = false) String done) {
        EditorAuthor author = find(slug);
        return shown(author, AuthorForm.of(author), done);
    }

    @PostMapping(LIST + "/{slug}")
    ModelAndView save(@PathVariable String slug, @ModelAttribute AuthorForm form, Authentication editor) {
        EditorAuthor author = find(slug);
        return stored(author, form, errors(form.details()), () -> authors.save(author.slug(),
                form.openedAt(), form.details(), editor.getName()));
    }

    @Override
    ModelAndView page(EditorAuthor author, AuthorForm form) {
        ModelAndView page = new ModelAndView("editor/author").addObject("author", author).addObject("form", form)
                .addObject("errors", Map.of()).addObject("action", author == null ? LIST : path(author));
        return author == null ? page : page.addObject("changed", changed(author.updatedAt(), author.updatedBy()));
    }

    @Override
    String path(EditorAuthor author) {
        return LIST + "/" + author.slug();
    }

    @Override
    String value(EditorAuthor author, String field) {
        return switch (field) {
            case "name" -> author.name();
            case "credentials" -> author.credentials();
            case "bio" -> author.bio();
            default -> null;
        };
    }

    @Override
    String createdNotice() {
        return "Author added: articles can name them now.";
    }

    private EditorAuthor find(String slug) {
        return authors.find(slug).orElseThrow(() -> ApiProblemException.notFound("No author has this slug."));
    }
}
