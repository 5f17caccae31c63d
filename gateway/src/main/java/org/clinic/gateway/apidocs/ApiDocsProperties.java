package org.clinic.gateway.apidocs;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenAPI documents the documentation page shows, each fetched through this gateway's own routes, so the page
 * shows exactly what a client gets there.
 *
 * @param documents each service's document, in the page's order
 * @param keepFor how long a fetched document is shown before it is fetched again (services change on deploys only)
 * @param timeout how long the page waits for a document before it says that service's part is unavailable (as
 *                long as the gateway waits for any service's answer)
 */
@ConfigurationProperties("clinic.api-docs")
record ApiDocsProperties(List<Source> documents, Duration keepFor, Duration timeout) {

    ApiDocsProperties {
        documents = documents == null ? List.of() : List.copyOf(documents);
        keepFor = keepFor == null ? Duration.ofSeconds(60) : keepFor;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /**
     * @param id the page's anchor for this service ({@code booking})
     * @param service what the page calls it when its document cannot be fetched
     * @param path where the gateway serves the document ({@code /api/booking/openapi.json})
     */
    record Source(String id, String service, String path) {
    }
}
