package org.journeyaudit.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** User text in a Markdown report shows as written: the usual injection payloads, each escaped exactly. */
class MarkdownTest {

    @Test
    void htmlBecomesEntitiesSoNoTagOrEntityRenders() {
        assertThat(Markdown.text("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(Markdown.text("<img src=x onerror=alert(1)>")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Markdown.text("<a href=\"http://evil\">click</a>")).isEqualTo("&lt;a href=\"http://evil\"&gt;click&lt;/a&gt;");
        assertThat(Markdown.text("&lt;b&gt; &amp; &#60;")).isEqualTo("&amp;lt;b&amp;gt; &amp;amp; &amp;#60;");
        assertThat(Markdown.text("<http://evil>")).isEqualTo("&lt;http://evil&gt;");
    }

    @Test
    void linksImagesCodeAndEmphasisAreEscaped() {
        assertThat(Markdown.text("[x](javascript:alert(1))")).isEqualTo("\\[x\\](javascript:alert(1))");
        assertThat(Markdown.text("![x](http://evil)")).isEqualTo("!\\[x\\](http://evil)");
        assertThat(Markdown.text("[x]: http://evil")).isEqualTo("\\[x\\]: http://evil");
        assertThat(Markdown.text("run `rm -rf`")).isEqualTo("run \\`rm -rf\\`");
        assertThat(Markdown.text("**bold** _em_ ~~gone~~")).isEqualTo("\\*\\*bold\\*\\* \\_em\\_ \\~\\~gone\\~\\~");
        assertThat(Markdown.text("C:\\claims\\")).isEqualTo("C:\\\\claims\\\\");
    }

    @Test
    void aTextStaysInItsTableCellAndOnItsLine() {
        assertThat(Markdown.text("a | b")).isEqualTo("a \\| b");
        assertThat(Markdown.text("line one\n| injected | row |\r\n\n  line three  ")).isEqualTo("line one \\| injected \\| row \\| line three");
    }

    @Test
    void aLeadingBlockMarkerIsEscaped() {
        assertThat(Markdown.text("# heading")).isEqualTo("\\# heading");
        assertThat(Markdown.text("> quote")).isEqualTo("&gt; quote");
        assertThat(Markdown.text("- item")).isEqualTo("\\- item");
        assertThat(Markdown.text("+ item")).isEqualTo("\\+ item");
        assertThat(Markdown.text("=====")).isEqualTo("\\=====");
        assertThat(Markdown.text("1. first")).isEqualTo("1\\. first");
        assertThat(Markdown.text("12) twelfth")).isEqualTo("12\\) twelfth");
        assertThat(Markdown.text("   # indented")).isEqualTo("\\# indented");
        assertThat(Markdown.text("Eliminate redundant steps: ask-photo, review-photo #2"))
                .as("plain text and markers inside it are left alone").isEqualTo("Eliminate redundant steps: ask-photo, review-photo #2");
        assertThat(Markdown.text(null)).isEmpty();
    }

    @Test
    void paragraphsKeepTheirLinesAndEscapeEachOne() {
        assertThat(Markdown.paragraphs("First line\n# not a heading\n\n\n<b>x</b>\n- not a list\n"))
                .isEqualTo("First line\n\\# not a heading\n\n&lt;b&gt;x&lt;/b&gt;\n\\- not a list");
    }

    @Test
    void codeSpansAreFencedLongerThanAnyBacktickRunInside() {
        assertThat(Markdown.code("step:ask-photo")).isEqualTo("`step:ask-photo`");
        assertThat(Markdown.code("<script>alert(1)</script>")).as("nothing in a code span is markup").isEqualTo("`<script>alert(1)</script>`");
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
        assertThat(Markdown.code("a``b`")).isEqualTo("``` a``b` ```");
        assertThat(Markdown.code("`x`")).isEqualTo("`` `x` ``");
        assertThat(Markdown.code("two\nlines")).isEqualTo("`two lines`");
        assertThat(Markdown.code("a|b <i>")).as("a table splits a code span at a pipe").isEqualTo("a\\|b &lt;i&gt;");
        assertThat(Markdown.code("")).isEmpty();
    }
}
