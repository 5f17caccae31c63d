package org.clinic.gateway.apidocs;

import org.clinic.gateway.pages.GatewayPages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The one browsable page of the HTTP API: every service's OpenAPI document, rendered on the server into the site's
 * layout. No JavaScript and no inline style, so the site's page policy applies unchanged (Swagger UI would need
 * both); the documents themselves stay the machine-readable source, linked from the page.
 */
@Controller
@EnableConfigurationProperties(ApiDocsProperties.class)
class ApiDocsPageController {

    private final ApiDocuments documents;

    ApiDocsPageController(ApiDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(GatewayPages.API_DOCS)
    Mono<Rendering> page() {
        return documents.all().map(all -> Rendering.view("api-docs").modelAttribute("documents", all).build());
    }
}
