package org.clinic.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven by Selenium, as a patient's browser: a viewport (a desk screen or a phone,
 * emulated with touch), JavaScript on or off, screenshots of each step under {@code target/screenshots/}, and an
 * axe-core check of each page visited (WCAG 2.1 A and AA; serious and critical findings fail the test).
 *
 * <p>Chromium and chromedriver come from Debian's packages, which {@code .ci/run} installs. Where they are missing
 * the test is skipped with a message saying so, except under {@code CI=true}, where a missing browser fails.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    public enum Viewport {
        DESK(1280, 900, false), PHONE(390, 844, true), NARROW_PHONE(320, 640, true),
        /** The front desk's screen the issue names: a 1366x768 laptop, less the browser's own bars. */
        LAPTOP(1366, 768, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private final WebDriver driver;
    private final String name;
    private int step;

    private Browser(WebDriver driver, String name) {
        this.driver = driver;
        this.name = name;
    }

    /** Skips the calling test where no Chromium is installed; fails instead on CI, which must run every test. */
    public static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium is missing (" + CHROMIUM + ", " + CHROMEDRIVER + "): install Debian's chromium and "
                + "chromium-driver packages to run the browser tests; .ci/run does";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    public static Browser open(String name, Viewport viewport, boolean javascript) {
        assumeInstalled();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=" + viewport.width + "," + viewport.height);
        if (viewport.mobile) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", viewport.width, "height", viewport.height, "pixelRatio", 2.0, "touch", true)));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        var driver = new ChromeDriver(service, options);
        if (!javascript) {
            // Every script of the site is a file (the CSP allows no inline script), so refusing to load any .js file
            // gives exactly the page a browser with JavaScript off gets. Switching the engine off instead (content
            // setting or DevTools emulation) also stops ChromeDriver, which clicks and waits through script.
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.js", "*.js?*")));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, name);
    }

    /** Runs a script in the page through the driver (works with the site's own scripts blocked, too). */
    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    public WebDriver driver() {
        return driver;
    }

    public void visit(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks and waits for the page the click led to (or the part htmx swapped in) to show {@code expectedCss}. */
    public void clickAndWaitFor(String css, String expectedCss) {
        find(css).click();
        waitFor(expectedCss);
    }

    /**
     * Clicks something that changes part of the page in place (htmx) and waits until the text of {@code watchedCss}
     * differs and no swap is in flight: waiting for an element would find the one still there from before.
     */
    public void clickAndWaitForChange(String css, String watchedCss) {
        String before = find(watchedCss).getText();
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.cssSelector(watchedCss))
                .isEmpty() && !find(watchedCss).getText().equals(before)
                && d.findElements(By.cssSelector(".htmx-request, .htmx-swapping, .htmx-settling")).isEmpty());
    }

    public WebElement waitFor(String css) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            screenshot("timeout-waiting-for-" + css.replaceAll("[^A-Za-z0-9-]", "_"));
            throw new AssertionError("No " + css + " on " + driver.getCurrentUrl() + " (screenshot kept)", e);
        }
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Records the page as the visitor sees it and checks it: a screenshot, no sideways scrolling, and no serious or
     * critical accessibility violation.
     */
    public void check(String stepName) {
        screenshot(stepName);
        assertNoSidewaysScrolling(stepName);
        assertAccessible(stepName);
    }

    public void screenshot(String stepName) {
        File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        try {
            Path target = Files.createDirectories(SCREENSHOTS.resolve(name))
                    .resolve("%02d-%s.png".formatted(++step, stepName));
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void assertNoSidewaysScrolling(String stepName) {
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("%s: sideways scrolling on %s", stepName, driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
    }

    private void assertAccessible(String stepName) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious).as("%s: axe violations on %s", stepName, driver.getCurrentUrl()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).limit(5).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
