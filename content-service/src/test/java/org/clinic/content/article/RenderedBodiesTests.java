package org.clinic.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RenderedBodiesTests {

    private final AtomicInteger renders = new AtomicInteger();
    private final Function<String, String> render = markdown -> {
        renders.incrementAndGet();
        return "<p>" + markdown + "</p>";
    };

    @Test
    void aTextIsRenderedOnceAndAChangedTextAnew() {
        var bodies = new RenderedBodies(10);

        assertThat(bodies.html("Rest a *little*", render)).isEqualTo("<p>Rest a *little*</p>");
        assertThat(bodies.html(new String("Rest a *little*"), render)).isEqualTo("<p>Rest a *little*</p>");
        assertThat(renders).hasValue(1);

        assertThat(bodies.html("Rest a *lot*", render)).isEqualTo("<p>Rest a *lot*</p>");
        assertThat(renders).hasValue(2);
    }

    @Test
    void keepsOnlyTheMostRecentlyReadTexts() {
        var bodies = new RenderedBodies(2);
        bodies.html("a", render);
        bodies.html("b", render);
        bodies.html("a", render);
        bodies.html("c", render);

        assertThat(bodies.size()).isEqualTo(2);
        bodies.html("a", render);
        assertThat(renders).hasValue(3);
        bodies.html("b", render);
        assertThat(renders).hasValue(4);
    }
}
