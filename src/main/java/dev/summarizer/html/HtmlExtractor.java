package dev.summarizer.html;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into article text with jsoup: scripts, styles, navigation, headers, footers, forms, asides
 * and elements whose class or id names boilerplate (menus, share bars, comments, cookie notices, adverts) are
 * dropped; the {@code <article>} (else {@code <main>}, else the body) is kept; block elements become paragraphs
 * separated by blank lines, so headings stay separate sentences. Pure and thread-safe.
 */
public final class HtmlExtractor {

    private static final String DROPPED_ELEMENTS = "script, style, noscript, template, iframe, svg, canvas, nav, "
            + "header, footer, aside, form, button, select, input, textarea, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|menu|footer|sidebar|"
            + "share|sharing|social|related|comments?|cookie|consent|advert|ads?|promo|newsletter|subscribe|"
            + "breadcrumbs?|skip-link|masthead)([-_\\s]|$)");

    private static final Pattern BLOCK = Pattern.compile("(?i)p|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|figure|"
            + "figcaption|table|tr|td|th|div|section|article|main|address|hr");

    private HtmlExtractor() {
    }

    /** The page's text and title (og:title, else the title element; null when there is none). */
    public record Extracted(String text, String title) {
    }

    public static Extracted extract(String html) {
        Document page = Jsoup.parse(html);
        String title = page.select("meta[property=og:title]").attr("content");
        if (title.isBlank()) {
            title = page.title();
        }
        page.select(DROPPED_ELEMENTS).remove();
        for (Element element : page.getAllElements()) {
            if (element.parent() != null && (BOILERPLATE.matcher(element.className()).find()
                    || BOILERPLATE.matcher(element.id()).find())) {
                element.remove();
            }
        }
        Element content = mainContent(page);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(text), content);
        String cleaned = text.toString()
                .replaceAll("[ \\t\\x0B\\f\\u00a0]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
        return new Extracted(cleaned, title.isBlank() ? null : title.strip());
    }

    private static Element mainContent(Document page) {
        Element best = null;
        for (String selector : new String[] {"article", "main", "[role=main]"}) {
            Elements candidates = page.select(selector);
            for (Element candidate : candidates) {
                if (best == null || candidate.text().length() > best.text().length()) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return page.body() != null ? page.body() : page;
    }

    /** Appends text nodes, with blank lines around block elements and a line break for {@code <br>}. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder text;

        TextCollector(StringBuilder text) {
            this.text = text;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                text.append(textNode.getWholeText().replaceAll("\\s+", " "));
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    text.append('\n');
                } else if (BLOCK.matcher(element.normalName()).matches()) {
                    text.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK.matcher(element.normalName()).matches()) {
                text.append("\n\n");
            }
        }
    }
}
