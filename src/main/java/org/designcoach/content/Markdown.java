package org.designcoach.content;

import com.vaadin.flow.component.Html;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns content Markdown into HTML that is safe to show: raw HTML in the source is escaped, the
 * result is sanitised once more, and {@code concept:} links point at concept pages.
 */
final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private Markdown() {
    }

    static String toSafeHtml(String markdown) {
        // Rewritten before rendering: the renderer drops URLs of schemes it does not know.
        String html = RENDERER.render(PARSER.parse(markdown.replace("](concept:", "](concepts/")));
        return POLICY.sanitize(html);
    }

    /** A component showing the rendered text; Vaadin's Html needs exactly one root element. */
    static Html component(String markdown) {
        Html html = new Html("<div class=\"markdown\">" + toSafeHtml(markdown) + "</div>");
        return html;
    }
}
