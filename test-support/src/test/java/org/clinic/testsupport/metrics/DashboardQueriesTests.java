package org.clinic.testsupport.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.clinic.testsupport.metrics.DashboardQueries.MetricUse;
import org.junit.jupiter.api.Test;

class DashboardQueriesTests {

    @Test
    void findsTheMetricAndItsJobInsideFunctionsAggregationsAndRanges() {
        assertThat(DashboardQueries.metrics("histogram_quantile(0.95, sum by (le, job) "
                + "(rate(clinic_slot_search_seconds_bucket{job=\"booking-service\", booker=~\"p.*\"}[5m])))"))
                .containsExactly(new MetricUse("clinic_slot_search_seconds_bucket", "booking-service"));
    }

    @Test
    void findsBareNamesAndSeveralMetricsButNoLabelsKeywordsOrNumbers() {
        assertThat(DashboardQueries.metrics("sum by (job) (up) / on (job) group_left count without (instance) "
                + "(process_cpu_usage) * 60 > bool 0.5"))
                .containsExactlyInAnyOrder(new MetricUse("up", null), new MetricUse("process_cpu_usage", null));
    }

    @Test
    void readsTheQueriesOfADashboardWithTheirJsonEscapes() {
        String dashboard = """
                {"panels": [{"targets": [{"expr": "rate(a_total{job=\\"x\\"}[5m])", "refId": "A"}]},
                            {"targets": [{"expr" : "b", "refId": "A"}]}]}""";

        assertThat(DashboardQueries.expressions(dashboard)).containsExactly("rate(a_total{job=\"x\"}[5m])", "b");
    }
}
