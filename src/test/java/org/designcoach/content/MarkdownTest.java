package org.designcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersEmphasisListsAndTables() {
        String html = Markdown.toSafeHtml("Some **bold** text\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        assertThat(html).contains("<strong>bold</strong>", "<li>one</li>", "<table>", "<td>2</td>");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsTextNeverRun() {
        String html = Markdown.toSafeHtml("<script>alert('x')</script> <img src=x onerror=alert(1)>");

        assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>");
    }

    @Test
    void javascriptLinksAreDropped() {
        assertThat(Markdown.toSafeHtml("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void conceptLinksLeadToConceptPages() {
        assertThat(Markdown.toSafeHtml("See [caching](concept:caching).")).contains("href=\"concepts/caching\"");
    }
}
