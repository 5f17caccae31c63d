package org.clinic.benchmarks;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinic.benchmarks.load.OpenLoad;
import tools.jackson.databind.JsonNode;

/**
 * Server-rendered pages through the gateway at a fixed arrival rate, next to a static asset the same gateway serves
 * itself: the asset's latency is what the gateway and the machine cost anyway, so the ratio is the pages' own price.
 */
final class PagePhase {

    /** The demo article that every fresh database has. */
    static final String ARTICLE = "/articles/lower-back-pain-first-steps";
    /** As Chromium asks for a page and for a stylesheet. */
    private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CSS_ACCEPT = "text/css,*/*;q=0.1";
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final int STATIC = 2;

    /** One page or asset: where, and how it came on a first visit. */
    record Target(String name, String path, String accept, PageWeight weight) {
    }

    /** The article's, the booking page's and the stylesheet's results, in that order. */
    record Result(List<Target> targets, List<OpenLoad.Result> results) {

        double p99(int target) {
            return results.get(target).latencies().percentileMillis(99);
        }

        double articleToStatic() {
            return p99(0) / p99(STATIC);
        }
    }

    private PagePhase() {
    }

    /** @param type the type with the longest visit, whose week of free times is the most work to compute */
    static Result run(Context c, JsonNode type) throws Exception {
        var article = PageWeight.fetch(c, ARTICLE, PAGE_ACCEPT);
        String css = PageHtml.siteStylesheet(article.text()).orElseThrow(() -> new IllegalStateException(
                "No <link rel=\"stylesheet\" href=\"/assets/site-<hash>.css\"> in " + ARTICLE));
        // "Anyone", no week: the address the article's Book button leads to; the page finds the first free week.
        String book = "/book?appointmentTypeId=" + type.get("id").asString();
        List<Target> targets = List.of(new Target("article page", ARTICLE, PAGE_ACCEPT, article),
                new Target("/book slot week, anyone", book, PAGE_ACCEPT, PageWeight.fetch(c, book, PAGE_ACCEPT)),
                new Target("static asset (site CSS)", css, CSS_ACCEPT, PageWeight.fetch(c, css, CSS_ACCEPT)));
        int times = PageHtml.occurrences(targets.get(1).weight().text(), "/book/details?");
        Options o = c.options();
        c.report().line("");
        c.report().line("Pages through the gateway: the article, the booking page for \"%s\" (%s) with anyone and no "
                + "week chosen (it showed %d free times), and the theme's stylesheet, asked for as a browser does "
                + "(gzip, no cache); open model, %s/s each, interleaved in one schedule, after %d warm-up requests "
                + "each.", type.get("name").asString(), Context.minutes(type), times, Report.ms(o.pageRate()),
                o.pageWarmUp());
        // Interleaved (article, book, css, article, ...) rather than one target after the other: each target keeps
        // its exact rate, and all three meet the same garbage collections, compilations and other processes'
        // bursts, so the ratio to the asset compares like with like. The gateway carries three times the rate.
        if (o.pageWarmUp() > 0) {
            Context.progress("Warming up the pages with %d requests each...", o.pageWarmUp());
            OpenLoad.interleaved(c.http(), lanes(c, targets, o.pageWarmUp()), o.pageRate());
            // The warm-up leaves the JIT compilers with a queue of hot methods: measured straight away, C1/C2 threads
            // took about a third of each service's CPU during the run (JFR's per-thread CPU). A running clinic's
            // servers have long compiled their pages, so let the compilations (and any backlog) finish first.
            double compiled = c.cpu().awaitQuiet(0.1, Duration.ofMinutes(2));
            Context.progress("Quiet %.0f s after the warm-up.", compiled);
        }
        Context.progress("Pages at %s/s each for %d s...", Report.ms(o.pageRate()), o.pageSeconds());
        int count = (int) Math.round(o.pageRate() * o.pageSeconds());
        var meter = c.cpu().meter();
        meter.start();
        var measured = new Result(targets, OpenLoad.interleaved(c.http(), lanes(c, targets, count), o.pageRate()));
        meter.stop();
        // After an overload the services still render pages nobody waits for; the next phase must not pay for them.
        double settled = c.cpu().awaitQuiet(0.1, Duration.ofMinutes(2));
        // Per trio: the content-service column is then the article's cost, booking-service's the week's.
        var cpu = meter.perRequest(count);
        c.cpuRows().put("pages: one article + one /book week + one stylesheet", cpu);
        report(c, measured, times, cpu.get("total"));
        c.report().line("- the services and PostgreSQL were quiet again (under a tenth of a core) %.0f s after the "
                + "last answer", settled);
        return measured;
    }

    private static void report(Context c, Result measured, int times, double cpuPerTrio) throws Exception {
        c.report().line("");
        c.report().pageHeader(c.options().pageSeconds());
        for (int i = 0; i < measured.targets().size(); i++) {
            Target t = measured.targets().get(i);
            c.report().page(t.name(), c.options().pageRate(), measured.results().get(i), t.weight().size(),
                    measured.p99(STATIC));
        }
        c.report().line("");
        for (int i = 0; i < measured.targets().size(); i++) {
            Target t = measured.targets().get(i);
            OpenLoad.Result r = measured.results().get(i);
            c.report().line("- %s: %s", t.path(), i == STATIC ? "served by the gateway itself"
                    : "first visit " + t.weight().firstVisit(c));
            if (r.other(200) > 0) {
                c.report().line("  - answers other than 200 (-1: none): %s%s", r.statuses(),
                        r.firstUnexpected() == null ? "" : "; first: " + oneLine(r.firstUnexpected()));
            }
            if (!t.weight().gzipped() && t.weight().sent().length > 1024) {
                c.report().line("  - sent uncompressed although the client asked for gzip");
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        c.report().line("- CPU for one of each, all processes together: %s ms, so this machine's %d cores can serve "
                + "at most about %.0f of each per second, with nothing else running", Report.ms(cpuPerTrio), cores,
                cores * 1000 / cpuPerTrio);
        if (times == 0) {
            c.report().line("- the booking page showed no free time, so it did not measure a real week");
        }
        if (measured.results().get(0).maxSendLagMillis() > 50) {
            c.report().line("- the load client fell up to %s ms behind its schedule (counted in the latencies)",
                    Report.ms(measured.results().get(0).maxSendLagMillis()));
        }
    }

    /** An error page's status and title, or an exception's message: one line, so the Markdown list stays one. */
    private static String oneLine(String unexpected) {
        Matcher title = TITLE.matcher(unexpected);
        String text = title.find() ? unexpected.substring(0, unexpected.indexOf(' ') + 1) + title.group(1)
                : unexpected;
        text = text.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    /** The same request over and over: every answer is rendered anew (no If-None-Match), as on a first visit. */
    private static List<List<HttpRequest>> lanes(Context c, List<Target> targets, int count) {
        return targets.stream().map(t -> Collections.nCopies(count, PageWeight.request(c, t.path(), t.accept())))
                .toList();
    }
}
