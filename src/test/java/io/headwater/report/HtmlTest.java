package io.headwater.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Escaping by jsoup's entities: what a report shows reads back as the text it was given, in an HTML page and in
 * the SVG diagram (XML) alike. Against the hand-written escape it replaced, the output is the same but for two
 * spellings of the same character ({@code '} as {@code &#x27;} rather than {@code &#39;}, a no-break space as
 * {@code &#xa0;} rather than the raw character), and control characters XML forbids are dropped.
 */
class HtmlTest {

    private static final String NAMES = "Tom & Jerry's <b>\"Cartoon\"</b> 5 > 3 → Ögmundur, São Paulo, 東京, 😀";

    @Test
    void theFiveMarkupCharactersAreEscapedAndEveryOtherCharacterStays() {
        assertThat(Html.escape("a<b>&c\"d'e")).isEqualTo("a&lt;b&gt;&amp;c&quot;d&#x27;e");
        assertThat(Html.escape("→ Ögmundur 東京 😀")).isEqualTo("→ Ögmundur 東京 😀");
        assertThat(Html.escape("already &amp; escaped")).isEqualTo("already &amp;amp; escaped");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escapedTextReadsBackAsTheTextInAnHtmlPageAndInAnAttribute() {
        String page = "<p title=\"" + Html.escape(NAMES) + "\">" + Html.escape(NAMES) + "</p>";
        var p = Jsoup.parse(page).selectFirst("p");
        assertThat(p.text()).isEqualTo(NAMES);
        assertThat(p.attr("title")).isEqualTo(NAMES);
        assertThat(p.children()).as("no markup slips through").isEmpty();
    }

    @Test
    void escapedTextReadsBackInSvgWhichIsXmlAndKnowsNoHtmlEntities() throws Exception {
        String spaced = NAMES + "\u00a0km";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text title=\"" + Html.escape(spaced) + "\">"
                + Html.escape(spaced + "\u0001") + "</text></svg>";
        var text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)))
                .getDocumentElement().getFirstChild();
        assertThat(text.getTextContent()).as("the control character XML forbids is dropped").isEqualTo(spaced);
        assertThat(text.getAttributes().getNamedItem("title").getNodeValue()).isEqualTo(spaced);
    }
}
