package org.clinic.gateway;

import javax.sql.DataSource;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh identity database with the gateway's migrations applied, for tests of one class without Spring. */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    public static DataSource fresh(String name) {
        String url = EmbeddedPostgresServer.shared().createFreshDatabase(name);
        DataSource dataSource = new DriverManagerDataSource(url, EmbeddedPostgresServer.USER, "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
