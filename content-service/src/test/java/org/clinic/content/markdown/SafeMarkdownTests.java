package org.clinic.content.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTests {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Test
    void rendersTheStructureArticlesUse() {
        String html = markdown.toHtml("""
                ## Why it happens

                Some **bold** and *calm* advice.

                - walk daily
                - change position

                > "Keep moving." — Jordan Okafor, DPT, OCS

                Read [about sciatica](/articles/sciatica-leg-pain-explained) or call [(555) 555-0142](tel:+15555550142).
                """);

        assertThat(html).contains("<h2>Why it happens</h2>", "<strong>bold</strong>", "<em>calm</em>",
                "<ul>", "<li>walk daily</li>", "<blockquote>", "— Jordan Okafor, DPT, OCS",
                "<a href=\"/articles/sciatica-leg-pain-explained\">about sciatica</a>",
                "<a href=\"tel:&#43;15555550142\">(555) 555-0142</a>");
    }

    @Test
    void keepsQueryStringsInLinksIntactButEscaped() {
        assertThat(markdown.toHtml("[book](/book?appointmentTypeId=11111111-0000-0000-0000-000000000001&source=x)"))
                .contains("href=\"/book?appointmentTypeId&#61;11111111-0000-0000-0000-000000000001&amp;source&#61;x\"");
    }

    @Test
    void dropsScriptElementsWithTheirContent() {
        String html = markdown.toHtml("Before\n\n<script>alert('x')</script>\n\nAfter <script src=\"/x.js\"></script>");

        assertThat(html).doesNotContain("<script", "alert").contains("Before", "After");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[tap](javascript:alert(1))",
            "[tap](JaVaScRiPt:alert(1))",
            "[tap](  javascript:alert(1) )",
            "<a href=\"javascript:alert(1)\">tap</a>",
            "<a href=\"java&#x09;script:alert(1)\">tap</a>",
            "<a href=\"&#106;avascript:alert(1)\">tap</a>",
            "[tap](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[tap](vbscript:msgbox(1))"})
    void removesDangerousLinkTargetsButKeepsTheText(String source) {
        String html = markdown.toHtml(source);

        assertThat(html.toLowerCase()).doesNotContain("javascript", "data:", "vbscript", "href=\"java");
        assertThat(html).contains("tap");
    }

    @Test
    void removesEventHandlersStylesAndEmbeddedContent() {
        String html = markdown.toHtml("""
                <img src="/img/spine.png" alt="spine" onerror="alert(1)">

                <p onclick="alert(2)" style="position:fixed">text</p>

                <iframe src="https://example.org"></iframe><object data="x"></object><form><input></form>

                <svg onload="alert(3)"><circle/></svg><style>body{display:none}</style>
                """);

        assertThat(html.toLowerCase()).doesNotContain("onerror", "onclick", "onload", "style", "<iframe", "<object",
                "<form", "<input", "<svg", "alert");
        assertThat(html).contains("<img src=\"/img/spine.png\" alt=\"spine\"", "text");
    }

    @Test
    void linksLeavingTheSiteCarryNofollowNoopenerAndTheSitesOwnLinksDoNot() {
        String html = markdown.toHtml("[out](https://example.org/a) [in](/conditions/sciatica) [mail](mailto:a@b.org)"
                + " <a href=\"http://example.org\" target=\"_blank\" rel=\"opener\">raw</a>");

        assertThat(html).contains("<a href=\"https://example.org/a\" rel=\"nofollow noopener\">out</a>",
                "<a href=\"/conditions/sciatica\">in</a>", "<a href=\"mailto:a&#64;b.org\">mail</a>",
                "<a href=\"http://example.org\" rel=\"nofollow noopener\">raw</a>");
    }

    @Test
    void imagesComeOnlyFromThisSite() {
        assertThat(markdown.toHtml("![a](/images/a.png)")).contains("src=\"/images/a.png\"");
        assertThat(markdown.toHtml("![a](https://cdn.example.org/a.png)")).doesNotContain("src=");
        assertThat(markdown.toHtml("<img src=\"/\\evil.example/a.png\" alt=\"a\">")).doesNotContain("src=");
        assertThat(markdown.toHtml("<img src=\"/&#9;/evil.example/a.png\" alt=\"a\">")).doesNotContain("src=");
        assertThat(markdown.toHtml("![a](img/a.png)")).doesNotContain("src=");
        assertThat(markdown.toHtml("![a](http://cdn.example.org/a.png)")).doesNotContain("src=");
        assertThat(markdown.toHtml("![a](//cdn.example.org/a.png)")).doesNotContain("src=");
        assertThat(markdown.toHtml("![a](data:image/png;base64,AAAA)")).doesNotContain("src=");
    }

    @Test
    void imagesLoadLazilyAndUploadsGetTheirSizeFromTheirAddress() {
        String upload = "/images/3f2a0c1e-0000-4000-8000-000000000001/web-1200x800.jpg";

        assertThat(markdown.toHtml("![Knee](" + upload + ")")).contains("src=\"" + upload + "\"", "alt=\"Knee\"",
                "loading=\"lazy\"", "width=\"1200\"", "height=\"800\"");
        assertThat(markdown.toHtml("![a](/img/a.png)")).contains("loading=\"lazy\"").doesNotContain("width");
    }

    @Test
    void neverRendersASecondH1BesideThePageTitle() {
        assertThat(markdown.toHtml("# Big\n\ntext\n\n<h1>Raw</h1>")).doesNotContain("<h1").contains("<h2>Big</h2>");
    }

    @Test
    void escapesTextThatLooksLikeMarkup() {
        assertThat(markdown.toHtml("Use `<script>` tags? Never.")).contains("<code>&lt;script&gt;</code>");
    }

    @Test
    void rendersNothingForBlankOrMissingMarkdown() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  \n ")).isEmpty();
    }
}
