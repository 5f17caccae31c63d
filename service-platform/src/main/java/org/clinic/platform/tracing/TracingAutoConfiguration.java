package org.clinic.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;

/**
 * What every service adds to Boot's tracing: the {@link TraceParents} that outbox rows and queued work carry, and
 * Kafka listeners that continue the trace of the record they receive.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration"})
public class TracingAutoConfiguration {

    @Bean
    TraceParents traceParents(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceParents(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractKafkaListenerContainerFactory.class)
    static class KafkaListenerTracing {

        /**
         * Every listener container, Boot's and the ones a feature builds for its own retry policy, observes each
         * record: the listener runs in a span continuing the record's {@code traceparent} header, so its log lines
         * (and whatever it writes to an outbox or a queue) carry the producer's trace id. One place, so a factory
         * added later cannot forget it ({@code spring.kafka.listener.observation-enabled} covers Boot's only).
         */
        @Bean
        static BeanPostProcessor observedKafkaListeners() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
                        factory.getContainerProperties().setObservationEnabled(true);
                    }
                    return bean;
                }
            };
        }
    }
}
