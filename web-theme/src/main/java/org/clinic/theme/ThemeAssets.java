package org.clinic.theme;

import java.time.Duration;
import org.springframework.http.CacheControl;

/**
 * Where the theme's files are and how long browsers keep them. Every asset URL carries a hash of the file's
 * content ({@code site-3f2a….css}, made by Spring's {@code VersionResourceResolver}), so a changed file has a new
 * address and a year-long, immutable cache is safe. Services compute the same hash as the gateway that serves
 * the files, because both read the same bytes from this jar.
 */
public final class ThemeAssets {

    /** The URL space of the theme's own files and of the WebJars it bundles (htmx under {@code vendor/}). */
    public static final String PATH = "/assets/";
    public static final String THEME_LOCATION = "classpath:/theme/";
    public static final String VENDOR_PATH = PATH + "vendor/";
    public static final String VENDOR_LOCATION = "classpath:/META-INF/resources/webjars/";

    private ThemeAssets() {
    }

    public static CacheControl cacheControl() {
        return CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    }
}
