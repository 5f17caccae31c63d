package org.clinic.content.home;

import java.util.List;
import java.util.Map;
import org.clinic.content.article.ArticleListings;
import org.clinic.content.condition.Conditions;
import org.clinic.content.seo.Crumb;
import org.clinic.content.seo.PageMeta;
import org.clinic.content.seo.StructuredData;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: who the clinic is and how to reach it, what it treats, what to read, and the way to book. */
@Controller
class HomePage {

    static final int LATEST = 3;

    private final ArticleListings articles;
    private final Conditions conditions;
    private final StructuredData data;
    private final SiteIdentity site;

    HomePage(ArticleListings articles, Conditions conditions, StructuredData data, SiteIdentity site) {
        this.articles = articles;
        this.conditions = conditions;
        this.data = data;
        this.site = site;
    }

    @GetMapping("/")
    String show(Model model) {
        model.addAttribute("conditions", conditions.listings())
                .addAttribute("latest", articles.newest(LATEST))
                .addAttribute("meta", meta());
        return "home";
    }

    private PageMeta meta() {
        // The site's search box, described so search engines can offer it (sitelinks search box).
        Map<String, Object> search = data.node("SearchAction");
        search.put("target", data.absolute("/articles") + "?q={search_term_string}");
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> website = data.node("WebSite");
        website.put("name", site.name());
        website.put("url", data.absolute("/"));
        website.put("publisher", data.clinicRef());
        website.put("potentialAction", search);
        String description = site.name() + ": articles on common aches and pains, the conditions we treat, and"
                + " online booking." + (site.address().isEmpty() ? "" : " " + site.address() + ".");
        return data.page(site.name(), description, "/", "website", true, List.<Crumb>of(), List.of(website));
    }
}
