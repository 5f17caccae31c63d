package org.clinic.theme;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The clinic as every page shows it (header, footer, error pages), for the servlet services and the gateway alike:
 * bound from {@code clinic.site.*} and handed to templates as the model attribute {@code site}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
public class ThemeSiteConfiguration {

    @Bean
    SiteIdentity siteIdentity(Environment environment) {
        return SiteIdentity.from(environment);
    }

    /** Templates read the clinic as {@code ${site.name}}, {@code ${site.phoneHref()}}; MVC and WebFlux alike. */
    @Bean
    SiteModelAdvice siteModelAdvice(SiteIdentity siteIdentity) {
        return new SiteModelAdvice(siteIdentity);
    }
}
