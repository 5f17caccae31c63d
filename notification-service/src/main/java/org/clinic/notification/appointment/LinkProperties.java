package org.clinic.notification.appointment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where patients reach the site; links in messages are this plus the path booking-service gives us. */
@ConfigurationProperties("clinic.links")
record LinkProperties(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    String absolute(String path) {
        String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
