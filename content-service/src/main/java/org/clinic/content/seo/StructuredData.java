package org.clinic.content.seo;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.theme.SiteIdentity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for the pages' {@code <script type="application/ld+json">} blocks, written by Jackson so that
 * any title or bio an editor types ends up as valid, escaped JSON.
 */
@Component
public class StructuredData {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SiteIdentity site;

    StructuredData(SiteIdentity site) {
        this.site = site;
    }

    /**
     * A page's head: the canonical address made absolute, the site's name in the title (alone on the home page),
     * and the JSON-LD graph of the given nodes, the clinic and, where there is a trail, the breadcrumbs.
     */
    public PageMeta page(String headline, String description, String path, String type, boolean indexable,
            List<Crumb> crumbs, List<Map<String, Object>> nodes) {
        List<Map<String, Object>> graph = new ArrayList<>(nodes);
        graph.add(clinic());
        if (!crumbs.isEmpty()) {
            graph.add(breadcrumbs(crumbs, path));
        }
        String title = "/".equals(path) ? site.name() : headline + " | " + site.name();
        String summary = description == null || description.isBlank() ? headline : description;
        return new PageMeta(title, headline, summary, site.absolute(path), type, indexable, crumbs, graph(graph));
    }

    /** The clinic, as the page's publisher and as the local business searchers look for. */
    public Map<String, Object> clinic() {
        Map<String, Object> clinic = node("MedicalClinic");
        clinic.put("@id", clinicId());
        clinic.put("name", site.name());
        clinic.put("url", site.absolute("/"));
        clinic.put("telephone", site.phone());
        if (!site.address().isEmpty()) {
            clinic.put("address", site.address());
        }
        return clinic;
    }

    /** A reference to {@link #clinic()} from another node of the same graph. */
    public Map<String, Object> clinicRef() {
        return Map.of("@id", clinicId(), "name", site.name());
    }

    public Map<String, Object> breadcrumbs(List<Crumb> crumbs, String currentPath) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Crumb crumb : crumbs) {
            Map<String, Object> item = node("ListItem");
            item.put("position", items.size() + 1);
            item.put("name", crumb.name());
            item.put("item", site.absolute(crumb.path() == null ? currentPath : crumb.path()));
            items.add(item);
        }
        Map<String, Object> list = node("BreadcrumbList");
        list.put("itemListElement", items);
        return list;
    }

    public Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }

    public String absolute(String path) {
        return site.absolute(path);
    }

    public static String date(OffsetDateTime value) {
        return value == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }

    /**
     * One document holding all the nodes. In JSON a {@code <} or {@code >} can only occur inside a string, where
     * {@code \u003c} means the same; escaping them means no text can close the script element early
     * ({@code </script>}) or open or close a comment, whatever an editor writes.
     */
    public String graph(List<Map<String, Object>> nodes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", "https://schema.org");
        document.put("@graph", nodes);
        return JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e");
    }

    private String clinicId() {
        return site.absolute("/#clinic");
    }
}
