package org.clinic.content.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinic.content.EditorTestSupport;
import org.clinic.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What content-service really publishes, on a real broker, is what its topic's contract document promises: the
 * events the document's table of changes lists (and no others), each with exactly the documented fields. The topic
 * is left for the service to create, so its declaration is tested too.
 */
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestPropertySource(properties = {"clinic.outbox.poll-interval=200ms", "spring.kafka.admin.auto-create=true"})
class ArticleEventContractIT extends EditorTestSupport {

    private static final Path CONTRACT = Path.of("../docs/events/" + Topics.ARTICLE_EVENTS + ".md");

    @Autowired
    EmbeddedKafkaBroker kafka;

    @Test
    void publishingChangesUnpublishingAndTheSchedulerSendTheDocumentedEventsOnly() throws Exception {
        String id = created(draft("Neck pain at the desk")).json().get("id").asString();
        publish(ANA, "neck-pain-at-the-desk", null);
        publish(BEN, "neck-pain-at-the-desk", null);
        var moved = draft("Neck pain at the desk");
        moved.put("slug", "neck-pain-at-work");
        assertThat(save(ANA, "neck-pain-at-the-desk", "\"2\"", moved).status()).isEqualTo(200);
        send("POST", ARTICLES + "/neck-pain-at-work/unpublish", BEN, null);
        send("POST", ARTICLES + "/neck-pain-at-work/unpublish", BEN, null);
        String scheduled = created(draft("Shoulder pain after sleep")).json().get("id").asString();
        publish(ANA, "shoulder-pain-after-sleep", json(Map.of("publishAt", OffsetDateTime.now(clock).plusHours(1))));
        String neverPublic = created(draft("Jaw pain")).json().get("id").asString();
        send("POST", ARTICLES + "/jaw-pain/unpublish", BEN, null);
        clock.advance(Duration.ofMinutes(61));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(get(ARTICLES + "/shoulder-pain-after-sleep").status()).isEqualTo(200));

        List<ConsumerRecord<String, String>> records = everythingRelayed();

        List<JsonNode> first = eventsKeyed(records, id);
        assertThat(first).extracting(e -> e.get("eventType").asString())
                .as("publishing twice is one event; unpublishing a draft is none")
                .containsExactly("ArticlePublished", "ArticlePublished", "ArticleUnpublished");
        assertThat(first).extracting(e -> e.get("version").asInt()).containsExactly(2, 3, 4);
        assertThat(first.get(0).get("previousSlug").isNull()).isTrue();
        assertThat(first.get(1).get("slug").asString()).isEqualTo("neck-pain-at-work");
        assertThat(first.get(1).get("path").asString()).isEqualTo("/articles/neck-pain-at-work");
        assertThat(first.get(1).get("previousSlug").asString()).isEqualTo("neck-pain-at-the-desk");
        assertThat(first.get(1).get("publishedAt").asString()).isEqualTo(first.get(0).get("publishedAt").asString());
        assertThat(OffsetDateTime.parse(editorView("neck-pain-at-work").json().get("publishedAt").asString()))
                .as("the first publication, as the API tells it")
                .isAtSameInstantAs(OffsetDateTime.parse(first.get(0).get("publishedAt").asString()));
        assertThat(first.get(0).get("authorName").asString()).isEqualTo("Dr. Maya Lin, DC");
        assertThat(first.get(0).get("conditions").get(0).asString()).isEqualTo("sciatica");
        assertThat(first.get(2).get("slug").asString()).isEqualTo("neck-pain-at-work");
        List<JsonNode> bySchedule = eventsKeyed(records, scheduled);
        assertThat(bySchedule).extracting(e -> e.get("eventType").asString()).containsExactly("ArticlePublished");
        assertThat(eventsKeyed(records, neverPublic)).as("a draft is nobody else's business").isEmpty();
        assertThat(records).allSatisfy(r -> assertThat(new String(r.headers().lastHeader("eventType").value()))
                .isEqualTo(JSON.readTree(r.value()).get("eventType").asString()));

        String doc = Files.readString(CONTRACT);
        Set<String> envelope = fieldsInTable(section(doc, "## Envelope"));
        for (JsonNode event : concat(first, bySchedule)) {
            String type = event.get("eventType").asString();
            Set<String> expected = new HashSet<>(envelope);
            expected.addAll(fieldsInTable(section(doc, "## `" + type + "`")));
            assertThat(event.propertyNames()).as(type).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(partitions()).as("declared by the service").isEqualTo(3);
    }

    /** Every record on the topic once the outbox is empty, i.e. once the broker acknowledged all of them. */
    private List<ConsumerRecord<String, String>> everythingRelayed() {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single() == 0);
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "content-test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> all = consumer.partitionsFor(Topics.ARTICLE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> ends = consumer.endOffsets(all);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return all.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
        }
        return seen;
    }

    private static List<JsonNode> eventsKeyed(List<ConsumerRecord<String, String>> records, String articleId) {
        return records.stream().filter(r -> articleId.equals(r.key())).map(r -> JSON.readTree(r.value()))
                .sorted((a, b) -> Integer.compare(a.get("version").asInt(), b.get("version").asInt())).toList();
    }

    private int partitions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString()))) {
            return admin.describeTopics(List.of(Topics.ARTICLE_EVENTS)).allTopicNames().get()
                    .get(Topics.ARTICLE_EVENTS).partitions().size();
        }
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        List<JsonNode> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        assertThat(start).as(heading + " is documented").isNotNegative();
        int end = doc.indexOf("\n## ", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** Field names: the backticked camelCase word in the first column of each table row. */
    private static Set<String> fieldsInTable(String section) {
        Set<String> fields = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z][A-Za-z]*)` \\|").matcher(section);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
