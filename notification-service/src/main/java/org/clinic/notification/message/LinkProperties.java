package org.clinic.notification.message;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where patients reach the site; links in messages are this plus the path booking-service gives us. */
@ConfigurationProperties("clinic.links")
record LinkProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    /** The link for a path booking-service gave us; null stays null (the message then says it has no link). */
    String absolute(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
