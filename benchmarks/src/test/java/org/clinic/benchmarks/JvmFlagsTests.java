package org.clinic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmFlagsTests {

    private static final String VM_FLAGS = """
            4242:
            -XX:CICompilerCount=2 -XX:InitialHeapSize=536870912 -XX:MaxHeapSize=536870912 \
            -XX:+SegmentedCodeCache -XX:-UseLargePages -XX:+UseG1GC
            """;

    @Test
    void readsTheFlagsInEffectAsJcmdPrintsThem() {
        var flags = JvmFlags.parse(VM_FLAGS);

        assertThat(flags).containsEntry("CICompilerCount", "2").containsEntry("MaxHeapSize", "536870912")
                .containsEntry("UseG1GC", "true").containsEntry("UseLargePages", "false");
        assertThat(flags).doesNotContainKey("4242");
    }

    @Test
    void summarisesCollectorHeapAndCompilerThreads() {
        var jvm = new JvmFlags.Process("gateway", 4242, List.of("-Xmx512m"), JvmFlags.parse(VM_FLAGS));

        assertThat(jvm.collector()).isEqualTo("G1");
        assertThat(jvm.heap()).isEqualTo("512 / 512 MB");
        assertThat(jvm.compilerThreads()).isEqualTo("2");
    }

    @Test
    void withoutJcmdOnlyTheCommandLineIsKnown() {
        var jvm = new JvmFlags.Process("gateway", 4242, List.of("-Xmx512m"), java.util.Map.of());

        assertThat(jvm.collector()).isEqualTo("?");
        assertThat(jvm.heap()).isEqualTo("? / ? MB");
    }

    @Test
    void theJvmOptionsAreWhatComesBeforeTheJar() {
        assertThat(JvmFlags.beforeJar(List.of("-Xms512m", "-Dx=1", "-jar", "app.jar", "--flag")))
                .containsExactly("-Xms512m", "-Dx=1");
    }
}
