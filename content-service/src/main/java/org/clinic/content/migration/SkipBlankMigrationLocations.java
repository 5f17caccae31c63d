package org.clinic.content.migration;

import java.util.Arrays;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Operators switch the demo content off with an empty {@code CLINIC_DEMO_DATA_LOCATION}, which leaves a
 * blank entry in {@code spring.flyway.locations}. Flyway reads a blank entry as "the root of the
 * classpath" and would scan everything there (including, in a packaged jar, the migrations a second
 * time), so blank entries are dropped instead.
 */
@Component
class SkipBlankMigrationLocations implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        Location[] kept = Arrays.stream(configuration.getLocations())
                .filter(location -> !location.getPath().isBlank())
                .toArray(Location[]::new);
        configuration.locations(kept);
    }
}
