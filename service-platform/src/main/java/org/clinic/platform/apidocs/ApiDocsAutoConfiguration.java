package org.clinic.platform.apidocs;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * What every service's OpenAPI document shares (springdoc generates the rest from the controllers): the staff
 * sign-in, the problem+json errors each operation can answer, and the gateway as the one server. Which document,
 * at which path, and which paths it covers are each service's {@code springdoc.*} settings.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDocsAutoConfiguration {

    @Bean
    ClinicApiConventions clinicApiConventions() {
        return new ClinicApiConventions();
    }
}
