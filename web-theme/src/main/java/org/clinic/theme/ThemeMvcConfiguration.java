package org.clinic.theme;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * For a service that renders pages: the theme's assets with content-hashed names, and the filter that turns
 * {@code th:href="@{/assets/site.css}"} into that hashed name in every page. The service can serve the files
 * itself (handy when calling it directly), but through the gateway the browser gets them from the gateway.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ThemeMvcConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ThemeAssets.VENDOR_PATH + "**")
                .addResourceLocations(ThemeAssets.VENDOR_LOCATION)
                .setCacheControl(ThemeAssets.cacheControl())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler(ThemeAssets.PATH + "**")
                .addResourceLocations(ThemeAssets.THEME_LOCATION)
                .setCacheControl(ThemeAssets.cacheControl())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> themeResourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        // Error pages are rendered in an ERROR dispatch, which request-only filters never see.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD);
        return registration;
    }

    @Bean
    CrossSiteErrorView crossSiteErrorView() {
        return new CrossSiteErrorView();
    }

    @Bean
    FilterRegistrationBean<CrossSiteFormFilter> crossSiteFormFilter(SiteIdentity siteIdentity) {
        return new FilterRegistrationBean<>(new CrossSiteFormFilter(siteIdentity));
    }
}
