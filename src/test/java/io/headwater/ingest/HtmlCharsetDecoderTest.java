package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlCharsetDecoderTest {

    private final HtmlCharsetDecoder decoder = new HtmlCharsetDecoder();

    private String decode(byte[] bytes, String contentType) {
        return decoder.decode(new RawDocument("page.html", bytes, contentType, null));
    }

    @Test
    void utf8IsTheDefault() {
        assertThat(decode("<p>Café</p>".getBytes(StandardCharsets.UTF_8), null)).isEqualTo("<p>Café</p>");
    }

    @Test
    void byteOrderMarkDecidesFirst() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "<p>é</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);

        assertThat(decode(all, "text/html; charset=iso-8859-1")).isEqualTo("<p>é</p>");
    }

    @Test
    void httpContentTypeNamesTheCharset() {
        byte[] koi8 = "<p>Привет</p>".getBytes(Charset.forName("KOI8-R"));

        assertThat(decode(koi8, "text/html; charset=KOI8-R")).isEqualTo("<p>Привет</p>");
    }

    @Test
    void metaDeclarationNamesTheCharset() {
        assertThat(decoder.decode(HtmlFixtures.page("windows-1252.html"))).contains("A naïve start", "The café opened");
    }

    @Test
    void latin1DeclarationThatTheBytesContradictLosesToUtf8() {
        String html = decoder.decode(HtmlFixtures.page("wrong-charset.html"));

        assertThat(html).contains("Café Müller", "the city’s new pavement rules");
    }

    @Test
    void aLatin1LabelIsReadAsWindows1252AsBrowsersDo() {
        byte[] bytes = "<p>“Quoted” café</p>".getBytes(Charset.forName("windows-1252"));

        assertThat(decode(bytes, "text/html; charset=ISO-8859-1")).isEqualTo("<p>“Quoted” café</p>");
    }

    @Test
    void aMetaDeclarationAfterALongHeadStillCounts() {
        String head = "<html><head>" + "<link rel=\"preload\" href=\"/assets/app.js\">".repeat(160);
        byte[] bytes = (head + "<meta charset=\"windows-1251\"></head><body><p>Привет</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));

        assertThat(bytes.length).as("past jsoup's 5 KB, within this class's 8 KB").isBetween(5 * 1024, 8 * 1024);
        assertThat(decode(bytes, null)).contains("<p>Привет</p>");
    }

    @Test
    void undeclaredNonUtf8FallsBackToWindows1252() {
        byte[] bytes = "<p>“Quoted” café</p>".getBytes(Charset.forName("windows-1252"));

        assertThat(decode(bytes, null)).isEqualTo("<p>“Quoted” café</p>");
    }

    @Test
    void binaryFormatsAreRefusedByName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

        assertThatThrownBy(() -> decode(png, null))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("page.html is a PNG image, not an HTML page");
    }

    @Test
    void emptyInputIsRefused() {
        assertThatThrownBy(() -> decode(new byte[0], null))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void sizeLimitIsConfigurable() {
        HtmlCharsetDecoder small = new HtmlCharsetDecoder(10);

        assertThatThrownBy(() -> small.decode(new RawDocument("p.html", new byte[11], null, null)))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("over the");
    }

    @Test
    void utf8CheckAcceptsWellFormedAndRejectsBrokenSequences() {
        assertThat(HtmlCharsetDecoder.isValidUtf8("aé€😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(HtmlCharsetDecoder.isValidUtf8(new byte[] {(byte) 0xC3})).isFalse();
        assertThat(HtmlCharsetDecoder.isValidUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse();
        assertThat(HtmlCharsetDecoder.isValidUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(HtmlCharsetDecoder.isValidUtf8(new byte[] {'a', (byte) 0xE9, 'b'})).isFalse();
    }
}
