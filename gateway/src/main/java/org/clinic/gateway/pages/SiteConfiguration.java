package org.clinic.gateway.pages;

import org.clinic.theme.SiteIdentity;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The clinic as the gateway's own pages show it. The servlet services get this from web-theme's MVC
 * configuration; the gateway is WebFlux, so it binds the same {@code clinic.site.*} settings itself.
 */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

    @Bean
    SiteIdentity siteIdentity(Environment environment) {
        return Binder.get(environment).bind("clinic.site", SiteIdentity.class)
                .orElseThrow(() -> new IllegalStateException("clinic.site.name, phone and public-base-url must be set"));
    }
}
