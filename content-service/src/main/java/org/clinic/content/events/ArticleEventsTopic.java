package org.clinic.content.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.clinic.events.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** content-service owns {@link Topics#ARTICLE_EVENTS} and creates it at startup if it is missing. */
@Configuration(proxyBeanMethods = false)
class ArticleEventsTopic {

    @Bean
    NewTopic contentArticleEventsTopic() {
        return TopicBuilder.name(Topics.ARTICLE_EVENTS).partitions(3).build();
    }
}
