package org.clinic.theme;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.LiteWebJarsResourceResolver;
import org.springframework.web.reactive.resource.VersionResourceResolver;

/**
 * For the gateway: it serves the theme's assets once for every page of every service, under the same
 * content-hashed names the services write into their pages, cached for a year. Each file is read from the jar
 * once and then served from memory ({@link InMemoryAssetResolver}). Their security headers ({@code nosniff} and the
 * rest) come from the gateway's filter for every answer.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ThemeWebFluxConfiguration implements WebFluxConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ThemeAssets.VENDOR_PATH + "**")
                .addResourceLocations(ThemeAssets.VENDOR_LOCATION)
                .setCacheControl(ThemeAssets.cacheControl())
                .resourceChain(true)
                .addResolver(new InMemoryAssetResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler(ThemeAssets.PATH + "**")
                .addResourceLocations(ThemeAssets.THEME_LOCATION)
                .setCacheControl(ThemeAssets.cacheControl())
                .resourceChain(true)
                .addResolver(new InMemoryAssetResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
