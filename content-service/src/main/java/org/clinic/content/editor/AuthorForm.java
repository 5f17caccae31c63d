package org.clinic.content.editor;

import org.clinic.content.author.AuthorDetails;
import org.clinic.content.author.EditorAuthor;
import org.clinic.content.author.NewAuthor;

/**
 * The author form as posted, kept as typed: the slug only when adding one (it is fixed from then on), and the version
 * the form was opened at.
 */
record AuthorForm(String name, String credentials, String bio, String slug, Integer version)
        implements ItemEditPages.Form<EditorAuthor, AuthorForm> {

    static AuthorForm blank() {
        return new AuthorForm("", "", "", "", null);
    }

    static AuthorForm of(EditorAuthor author) {
        return new AuthorForm(author.name(), author.credentials(), author.bio(), author.slug(), author.version());
    }

    @Override
    public AuthorForm over(EditorAuthor current) {
        return new AuthorForm(name, credentials, bio, slug, current.version());
    }

    NewAuthor newAuthor() {
        return new NewAuthor(slug, name == null ? null : name.strip(), credentials, ItemEditPages.Form.text(bio));
    }

    AuthorDetails details() {
        return new AuthorDetails(name, credentials, ItemEditPages.Form.text(bio));
    }
}
