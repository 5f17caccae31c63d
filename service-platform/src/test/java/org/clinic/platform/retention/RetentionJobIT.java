package org.clinic.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.clinic.testsupport.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The job against a real PostgreSQL: what goes, what stays, and two instances at once. */
class RetentionJobIT {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final DriverManagerDataSource DATA_SOURCE = new DriverManagerDataSource(
            EmbeddedPostgresServer.shared().createFreshDatabase("retention"), EmbeddedPostgresServer.USER, "");

    private final JdbcClient jdbc = JdbcClient.create(DATA_SOURCE);
    private final TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(DATA_SOURCE));

    @BeforeEach
    void freshTable() {
        jdbc.sql("DROP TABLE IF EXISTS handled").update();
        jdbc.sql("CREATE TABLE handled (id bigint PRIMARY KEY, handled_at timestamptz NOT NULL)").update();
    }

    @Test
    void purgesRowsOlderThanTheirRetentionInBatchesAndKeepsYoungerOnes() {
        insert(1, 2500, NOW.minus(Duration.ofDays(31)));
        insert(3001, 10, NOW.minus(Duration.ofDays(29)));

        Optional<Map<String, Integer>> purged = job(rule(Duration.ofDays(30)), 1000).purge();

        assertThat(purged).hasValue(Map.of("handled", 2500));
        assertThat(jdbc.sql("SELECT count(*) FROM handled").query(Integer.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT min(id) FROM handled").query(Long.class).single()).isEqualTo(3001);
    }

    @Test
    void twoInstancesAtOncePurgeEachRowOnceWithoutError() throws Exception {
        insert(1, 3000, NOW.minus(Duration.ofDays(40)));
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch secondRunDone = new CountDownLatch(1);
        RetentionRule.Purge plain = rule(Duration.ofDays(30)).purge();
        // The first instance pauses inside its first batch until the second one has tried its run.
        RetentionRule slow = new RetentionRule("handled", Duration.ofDays(30), (jdbc, cutoff, limit) -> {
            firstBatchRunning.countDown();
            await(secondRunDone);
            return plain.purgeBatch(jdbc, cutoff, limit);
        });

        var first = CompletableFuture.supplyAsync(() -> job(slow, 500).purge());
        await(firstBatchRunning);
        var second = CompletableFuture.supplyAsync(() -> job(rule(Duration.ofDays(30)), 500).purge())
                .whenComplete((result, error) -> secondRunDone.countDown());

        assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
        assertThat(first.get(30, TimeUnit.SECONDS)).hasValue(Map.of("handled", 3000));
        assertThat(jdbc.sql("SELECT count(*) FROM handled").query(Integer.class).single()).isZero();
        // The lock was given back: the next run purges again.
        assertThat(job(rule(Duration.ofDays(30)), 500).purge()).hasValue(Map.of("handled", 0));
    }

    @Test
    void manyConcurrentRunsNeverFailAndTogetherPurgeExactlyTheOldRows() throws Exception {
        insert(1, 4000, NOW.minus(Duration.ofDays(40)));
        insert(5001, 5, NOW);

        List<CompletableFuture<Optional<Map<String, Integer>>>> runs = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> job(rule(Duration.ofDays(30)), 200).purge()))
                .toList();

        int purged = 0;
        for (var run : runs) {
            purged += run.get(60, TimeUnit.SECONDS).map(m -> m.get("handled")).orElse(0);
        }
        // Runs that found the lock taken purged nothing; one that started after another finished finds nothing old.
        assertThat(purged).isEqualTo(4000);
        assertThat(jdbc.sql("SELECT count(*) FROM handled").query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void refusesTableNamesThatAreNotPlainIdentifiers() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                RetentionRule.deleteRowsOlderThan("x", Duration.ZERO, "handled; DROP TABLE x", "handled_at"));
    }

    private RetentionJob job(RetentionRule rule, int batchSize) {
        return new RetentionJob(DATA_SOURCE, jdbc, transactions, List.of(rule),
                new RetentionProperties(true, Duration.ofHours(1), Duration.ofMinutes(5), batchSize),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static RetentionRule rule(Duration keepFor) {
        return RetentionRule.deleteRowsOlderThan("handled", keepFor, "handled", "handled_at");
    }

    private void insert(long firstId, int count, Instant at) {
        jdbc.sql("INSERT INTO handled SELECT g, :at FROM generate_series(:first, :last) g")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("first", firstId).param("last", firstId + count - 1)
                .update();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
