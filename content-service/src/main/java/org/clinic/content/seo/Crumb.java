package org.clinic.content.seo;

/**
 * One step of a page's breadcrumb trail, shown as a link and described in BreadcrumbList JSON-LD.
 *
 * @param name what the step is called
 * @param path its site-relative address; {@code null} for the page itself, which is not linked
 */
public record Crumb(String name, String path) {
}
