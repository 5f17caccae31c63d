package org.clinic.content.authoring;

import java.util.regex.Pattern;
import org.clinic.content.editorial.TextRules;
import org.clinic.platform.web.ApiProblemException;

/** An address in an editor's request that cannot be a slug names no article, and is not looked up. */
final class ArticleAddresses {

    private static final Pattern SLUG = Pattern.compile(TextRules.SLUG);

    private ArticleAddresses() {
    }

    static String checked(String slug) {
        if (slug.length() > 120 || !SLUG.matcher(slug).matches()) {
            throw ApiProblemException.notFound("No article has this address.");
        }
        return slug;
    }
}
