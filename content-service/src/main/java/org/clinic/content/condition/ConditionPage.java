package org.clinic.content.condition;

import java.util.List;
import java.util.UUID;

/** A condition page: what it is, how it shows, how it is treated, and where to read and book. */
public record ConditionPage(String slug, String name, String summary, List<String> symptoms, List<String> treatments,
        List<ArticleLink> articles, UUID recommendedAppointmentTypeId) {

    public record ArticleLink(String slug, String title) {
    }
}
