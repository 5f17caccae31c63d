package org.clinic.content.editorial;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Makes {@link RefuseUnknownFields} work: the service's JSON mapper asks this handler about every field it does not
 * know before skipping it (Jackson's own switch for that is all or nothing).
 */
@Configuration(proxyBeanMethods = false)
class UnknownFieldRefusal {

    @Bean
    JsonMapperBuilderCustomizer refuseUnknownFieldsWhereMarked() {
        return builder -> builder.addHandler(new Handler());
    }

    static final class Handler extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
            if (type.isAnnotationPresent(RefuseUnknownFields.class)) {
                throw UnrecognizedPropertyException.from(parser, beanOrClass, propertyName,
                        deserializer.getKnownPropertyNames());
            }
            return false;
        }
    }
}
