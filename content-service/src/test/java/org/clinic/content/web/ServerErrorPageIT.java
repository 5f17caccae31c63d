package org.clinic.content.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.content.ContentPagesTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A page that fails on the server shows the site's 500 page, and nothing of the failure itself. */
class ServerErrorPageIT extends ContentPagesTestSupport {

    @Test
    void aFailingPageShowsTheSitesErrorPageWithoutAnythingInternal() {
        Page page = page("/articles/test-only/failing-page");

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.html().select("h1").text()).isEqualTo("Something went wrong on our side");
        assertThat(page.html().select("header.site-header a.site-name").text()).isNotBlank();
        assertThat(page.body()).doesNotContain("IllegalStateException", "connection string", "at org.");
    }

    @TestConfiguration
    static class FailingPage {

        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @Controller
    static class Failing {

        // Under a public path: anything else is refused before it could fail (deny by default).
        @GetMapping("/articles/test-only/failing-page")
        String fail() {
            throw new IllegalStateException("connection string jdbc:postgresql://secret");
        }
    }
}
