package org.clinic.testsupport.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of a Grafana dashboard (its {@code "expr"} strings) and the metric names each query reads, with the
 * {@code job} a query pins a metric to: what a test compares with what the services really export.
 */
public final class DashboardQueries {

    /** A metric a query reads; {@code job} is null where the query takes it from whichever service has it. */
    public record MetricUse(String name, String job) {
    }

    private static final Pattern EXPR = Pattern.compile("\"expr\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");
    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)?\\s*\\{([^}]*)}");
    private static final Pattern JOB = Pattern.compile("\\bjob\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "inf", "nan", "by",
            "without", "on", "ignoring", "group_left", "group_right");

    private DashboardQueries() {
    }

    /** Every query of the dashboard, JSON escapes undone. */
    public static List<String> expressions(String dashboardJson) {
        List<String> expressions = new ArrayList<>();
        Matcher expr = EXPR.matcher(dashboardJson);
        while (expr.find()) {
            expressions.add(unescape(expr.group(1)));
        }
        return expressions;
    }

    /** The metrics one query reads: names in selectors and bare names, not functions, keywords or label names. */
    public static Set<MetricUse> metrics(String promql) {
        Set<MetricUse> uses = new LinkedHashSet<>();
        String rest = RANGE.matcher(GROUPING.matcher(promql).replaceAll(" ")).replaceAll(" ");
        Matcher selector = SELECTOR.matcher(rest);
        StringBuilder withoutSelectors = new StringBuilder();
        while (selector.find()) {
            if (selector.group(1) != null && !isFunction(rest, selector.end(1))) {
                Matcher job = JOB.matcher(selector.group(2));
                uses.add(new MetricUse(selector.group(1), job.find() ? job.group(1) : null));
            }
            selector.appendReplacement(withoutSelectors, " ");
        }
        selector.appendTail(withoutSelectors);
        rest = STRING.matcher(withoutSelectors).replaceAll(" ");
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String name = identifier.group();
            if (!isFunction(rest, identifier.end()) && !KEYWORDS.contains(name)) {
                uses.add(new MetricUse(name, null));
            }
        }
        return uses;
    }

    /** Whether the identifier ending at {@code end} is called: a function, or an aggregation such as sum(...). */
    private static boolean isFunction(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
