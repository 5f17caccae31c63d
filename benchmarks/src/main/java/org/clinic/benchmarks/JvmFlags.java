package org.clinic.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each JVM of the run actually runs with, read back from the running processes: the options on its command
 * line, and the flags in effect after the JVM's own ergonomics ({@code jcmd <pid> VM.flags}), which pick the
 * garbage collector, heap and compiler threads from the cores and memory a machine has. Two machines given the same
 * options can still run differently configured JVMs (one CPU gets the serial collector, for instance), so the
 * report prints both.
 */
final class JvmFlags {

    private static final Pattern FLAG = Pattern.compile("-XX:([+-]?)(\\w+)(?:=(\\S+))?");

    /** One JVM: its command-line options and, if jcmd could tell, every flag in effect. */
    record Process(String name, long pid, List<String> commandLine, Map<String, String> inEffect) {

        String collector() {
            return inEffect.entrySet().stream()
                    .filter(flag -> flag.getKey().matches("Use\\w*GC") && flag.getValue().equals("true"))
                    .map(flag -> flag.getKey().substring(3, flag.getKey().length() - 2)).findFirst().orElse("?");
        }

        String heap() {
            return megabytes("InitialHeapSize") + " / " + megabytes("MaxHeapSize") + " MB";
        }

        String compilerThreads() {
            return inEffect.getOrDefault("CICompilerCount", "?");
        }

        private String megabytes(String flag) {
            String bytes = inEffect.get(flag);
            return bytes == null ? "?" : String.valueOf(Long.parseLong(bytes) / (1024 * 1024));
        }
    }

    private JvmFlags() {
    }

    /** The four services (in the CPU table's order) and this JVM, which holds Kafka, the mail catcher and the client. */
    static List<Process> read() {
        List<Process> processes = new ArrayList<>();
        Map<String, ProcessHandle> services = CpuUsage.services();
        for (String part : CpuUsage.PARTS) {
            ProcessHandle service = services.get(part);
            if (service != null) {
                processes.add(new Process(part, service.pid(), beforeJar(service.info().arguments()
                        .map(Arrays::asList).orElse(List.of())), inEffect(service.pid())));
            }
        }
        long self = ProcessHandle.current().pid();
        processes.add(new Process("this JVM: Kafka, mail catcher, load client", self,
                ManagementFactory.getRuntimeMXBean().getInputArguments(), inEffect(self)));
        return processes;
    }

    /** The JVM options: everything before {@code -jar}. */
    static List<String> beforeJar(List<String> arguments) {
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? arguments : arguments.subList(0, jar);
    }

    /** {@code -XX:+UseG1GC -XX:MaxHeapSize=536870912 ...} as name to value ("true"/"false" for switches). */
    static Map<String, String> parse(String vmFlags) {
        Map<String, String> flags = new LinkedHashMap<>();
        Matcher flag = FLAG.matcher(vmFlags);
        while (flag.find()) {
            String value = flag.group(3) != null ? flag.group(3) : flag.group(1).equals("+") ? "true" : "false";
            flags.put(flag.group(2), value);
        }
        return flags;
    }

    /** The flags in effect, by jcmd from the same JDK (a JRE has none: then only the command line is known). */
    private static Map<String, String> inEffect(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Map.of();
        }
        try {
            var process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "VM.flags")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Map.of();
            }
            return parse(out);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /** The header's table, and every flag in effect per process below it. */
    static void describe(List<Process> processes, Report report) {
        report.line("| JVM | pid | options on its command line | collector | heap initial / max | JIT compiler "
                + "threads |");
        report.line("|---|---:|---|---|---|---:|");
        for (Process p : processes) {
            report.line("| %s | %d | `%s` | %s | %s | %s |", p.name(), p.pid(), String.join(" ", p.commandLine()),
                    p.collector(), p.heap(), p.compilerThreads());
        }
        report.line("");
        if (processes.stream().allMatch(p -> p.inEffect().isEmpty())) {
            report.line("(Flags in effect unknown: no jcmd beside this java.)");
            return;
        }
        report.line("<details><summary>Every flag in effect (jcmd VM.flags)</summary>");
        report.line("");
        for (Process p : processes) {
            report.line("- %s: `%s`", p.name(), Optional.of(p.inEffect()).filter(flags -> !flags.isEmpty())
                    .map(JvmFlags::format).orElse("unknown"));
        }
        report.line("");
        report.line("</details>");
    }

    private static String format(Map<String, String> flags) {
        var text = new StringBuilder();
        flags.forEach((name, value) -> text.append(text.isEmpty() ? "" : " ").append("-XX:").append(
                value.equals("true") ? "+" + name : value.equals("false") ? "-" + name : name + "=" + value));
        return text.toString();
    }
}
