package org.clinic.content.article;

import java.util.List;
import java.util.Map;
import org.clinic.content.condition.ConditionPage;
import org.clinic.content.seo.Crumb;
import org.clinic.content.seo.PageMeta;
import org.clinic.content.seo.StructuredData;
import org.springframework.stereotype.Component;

/** The search-engine side of the article pages: titles, canonical addresses, breadcrumbs and JSON-LD. */
@Component
class ArticleHead {

    private static final Crumb HOME = new Crumb("Home", "/");

    private final StructuredData data;

    ArticleHead(StructuredData data) {
        this.data = data;
    }

    PageMeta article(ArticleDetail a, List<ConditionPage> conditions) {
        String path = "/articles/" + a.slug();
        List<Crumb> crumbs = List.of(HOME, new Crumb("Articles", "/articles"), new Crumb(a.title(), null));
        Map<String, Object> author = data.node("Person");
        author.put("name", a.author().name());
        putIfPresent(author, "honorificSuffix", a.author().credentials());
        putIfPresent(author, "description", a.author().bio());
        Map<String, Object> article = data.node("Article");
        article.put("headline", a.title());
        putIfPresent(article, "description", a.summary());
        article.put("url", data.absolute(path));
        article.put("mainEntityOfPage", data.absolute(path));
        article.put("author", author);
        article.put("datePublished", StructuredData.date(a.publishedAt()));
        article.put("dateModified", StructuredData.date(a.updatedAt()));
        article.put("publisher", data.clinicRef());
        article.put("inLanguage", "en");
        if (!a.tags().isEmpty()) {
            article.put("keywords", a.tags());
        }
        if (!conditions.isEmpty()) {
            article.put("about", conditions.stream().map(c -> {
                Map<String, Object> condition = data.node("MedicalCondition");
                condition.put("name", c.name());
                condition.put("url", data.absolute("/conditions/" + c.slug()));
                return condition;
            }).toList());
        }
        return data.page(a.title(), a.summary(), path, "article", true, crumbs, List.of(article));
    }

    PageMeta list(ArticleListQuery query) {
        String headline = query.tag() != null ? "Articles about " + query.tag().replace('-', ' ') : "Articles";
        List<Crumb> crumbs = query.tag() == null ? List.of(HOME, new Crumb("Articles", null))
                : List.of(HOME, new Crumb("Articles", "/articles"), new Crumb(headline, null));
        String path = query.canonicalPath();
        // Result pages for typed words are endless and thin: search engines may follow them but not list them.
        return data.page(headline, "Articles from our clinicians: what causes common aches and pains, what helps,"
                + " and when to get checked.", path, "website", query.q() == null && query.valid(), crumbs, List.of());
    }

    private static void putIfPresent(Map<String, Object> node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }
}
