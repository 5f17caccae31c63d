package org.clinic.benchmarks.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.clinic.benchmarks.ceiling.InsertCeiling;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeder and the INSERT ceiling on a tiny clinic, against booking-service's own current migrations. */
class SeederIT {

    private static final String DB = EmbeddedPostgresServer.shared().createFreshDatabase("booking");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Seeder.Plan PLAN = new Seeder.Plan(4, 3000, 300, 14, 0.35, 0.85, ZONE);
    private static Seeder.Summary summary;

    @BeforeAll
    static void migrateAndSeed() throws Exception {
        Flyway.configure().dataSource(DB, EmbeddedPostgresServer.USER, "")
                .locations("filesystem:../booking-service/src/main/resources/db/migration",
                        "filesystem:../booking-service/src/main/resources/db/demo")
                .load().migrate();
        summary = Seeder.seed(DB, EmbeddedPostgresServer.USER, PLAN);
    }

    @Test
    void seedsExactlyTheAskedNumberOfAppointmentsPastAndFuture() throws Exception {
        assertThat(summary.appointments()).isEqualTo(3000);
        // The ceiling test may have added its own rows (references Y0...) already.
        assertThat(count("SELECT count(*) FROM appointment WHERE reference LIKE 'X0%'")).isEqualTo(3000);
        assertThat(count("SELECT count(*) FROM appointment WHERE start_at >= now() AND status = 'BOOKED'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM appointment WHERE start_at < now() AND status = 'COMPLETED'"))
                .isPositive();
    }

    @Test
    void onlyTheSeededPractitionersStayActiveEachWorkingMondayToSaturday() throws Exception {
        assertThat(count("SELECT count(*) FROM practitioner WHERE active")).isEqualTo(4);
        assertThat(count("SELECT count(DISTINCT (practitioner_id, day_of_week)) FROM working_hours wh "
                + "JOIN practitioner p ON p.id = wh.practitioner_id AND p.active")).isEqualTo(4 * 6);
    }

    @Test
    void everyAppointmentFitsInsideWorkingHoursOnTheQuarterHourGrid() throws Exception {
        assertThat(count("""
                SELECT count(*) FROM appointment a
                WHERE extract(minute FROM a.start_at AT TIME ZONE '%1$s')::int %% 15 <> 0
                   OR NOT EXISTS (
                       SELECT 1 FROM working_hours wh
                       WHERE wh.practitioner_id = a.practitioner_id
                         AND wh.day_of_week = extract(isodow FROM a.start_at AT TIME ZONE '%1$s')
                         AND (a.start_at AT TIME ZONE '%1$s')::time >= wh.start_time
                         AND (upper(a.occupied) AT TIME ZONE '%1$s')::time <= wh.end_time)"""
                .formatted(ZONE.getId()))).isZero();
    }

    @Test
    void patientsComeBackForSeveralVisits() throws Exception {
        assertThat(count("SELECT count(DISTINCT patient_id) FROM appointment")).isBetween(2L, 300L);
    }

    @Test
    void leavesMostOfTheComingDaysFree() throws Exception {
        long booked = count("""
                SELECT coalesce(sum(extract(epoch FROM upper(occupied) - lower(occupied)) / 60), 0)::bigint
                FROM appointment WHERE start_at >= now() AND status = 'BOOKED'""");
        long working = 4L * 14 * 6 / 7 * 9 * 60;
        assertThat(booked).isPositive().isLessThan(working / 2);
    }

    @Test
    void theInsertCeilingWritesRowsThatTheConstraintsAccept() throws Exception {
        List<UUID> practitioners = uuids("SELECT id FROM practitioner WHERE active ORDER BY id");
        UUID type = uuids("SELECT id FROM appointment_type ORDER BY id LIMIT 1").get(0);
        UUID patient = uuids("SELECT id FROM patient ORDER BY id LIMIT 1").get(0);

        var result = InsertCeiling.run(DB, EmbeddedPostgresServer.USER, 0, 2, 0.3, practitioners, type,
                patient);

        assertThat(result.rows()).isPositive();
        assertThat(count("SELECT count(*) FROM appointment WHERE reference LIKE 'Y0%'")).isEqualTo(result.rows());
    }

    private static long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection(DB, EmbeddedPostgresServer.USER, ""); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<UUID> uuids(String sql) throws Exception {
        try (var c = DriverManager.getConnection(DB, EmbeddedPostgresServer.USER, ""); var s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            var ids = new java.util.ArrayList<UUID>();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
            return ids;
        }
    }
}
