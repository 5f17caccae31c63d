package org.clinic.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each topic's contract document is named after the constant and names the topic and its dead letters the same. */
class TopicsTests {

    @ParameterizedTest
    @ValueSource(strings = {Topics.APPOINTMENT_EVENTS, Topics.DELIVERY_EVENTS, Topics.ARTICLE_EVENTS})
    void theContractDocumentNamesTheTopicAndItsDeadLetters(String topic) throws Exception {
        String doc = Files.readString(Path.of("../docs/events/" + topic + ".md"));
        assertThat(doc).startsWith("# Topic `" + topic + "`\n").contains("`" + Topics.deadLetter(topic) + "`");
    }
}
