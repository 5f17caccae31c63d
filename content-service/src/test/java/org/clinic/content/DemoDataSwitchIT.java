package org.clinic.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.clinic.testsupport.StaffTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Operators skip the demo content with {@code CLINIC_DEMO_DATA=false}; that must neither break
 * startup on a fresh database nor on one where the demo content was applied before.
 */
class DemoDataSwitchIT {

    @Test
    void withDemoDataOffAFreshDatabaseGetsTheSchemaButNoDemoContent() {
        String db = EmbeddedPostgresServer.shared().createFreshDatabase("content_nodemo");

        try (var app = start(db, false)) {
            assertThat(app.getBean(Flyway.class).getConfiguration().getLocations())
                    .extracting(Location::getDescriptor).containsExactly("classpath:db/migration");
            assertThat(count(app, "SELECT count(*) FROM articles")).isZero();
            assertThat(count(app, "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success"))
                    .isEqualTo(1);
        }
    }

    @Test
    void demoContentCanBeSwitchedOffAfterItWasAppliedAndReappliesIdempotently() {
        String db = EmbeddedPostgresServer.shared().createFreshDatabase("content_demo_off");

        try (var app = start(db, true)) {
            assertThat(count(app, "SELECT count(*) FROM articles WHERE status = 'PUBLISHED'")).isEqualTo(6);
            assertThat(count(app, "SELECT count(*) FROM conditions")).isEqualTo(3);
            // A changed demo file makes Flyway run it again over the existing rows.
            jdbc(app).sql("UPDATE flyway_schema_history SET checksum = 0 WHERE script = 'R__demo_content.sql'")
                    .update();
        }
        try (var app = start(db, true)) {
            assertThat(count(app, "SELECT count(*) FROM articles")).isEqualTo(6);
            assertThat(count(app, "SELECT count(*) FROM article_tags")).isEqualTo(18);
        }
        try (var app = start(db, false)) {
            assertThat(count(app, "SELECT count(*) FROM articles")).isEqualTo(6);
        }
    }

    private static ConfigurableApplicationContext start(String db, boolean demoData) {
        // Command-line arguments, because they outrank application.yml as real environment variables would.
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db,
                "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                "--" + StaffTokens.PUBLIC_KEY_PROPERTY + "=" + StaffTokens.TEST_PUBLIC_KEY,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        args.add("--CLINIC_DEMO_DATA=" + demoData);
        return new SpringApplicationBuilder(ContentApplication.class).run(args.toArray(String[]::new));
    }

    private static long count(ConfigurableApplicationContext app, String sql) {
        return jdbc(app).sql(sql).query(Long.class).single();
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class);
    }
}
