package io.headwater.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private final TextDecoder decoder = new TextDecoder(1024);

    @Test
    void decodesUtf8() {
        assertThat(decoder.decode("Zürich “quoted”".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("Zürich “quoted”");
    }

    @Test
    void honoursAUtf16ByteOrderMark() {
        byte[] body = "Seoul".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertThat(decoder.decode(withBom, "f")).isEqualTo("Seoul");
    }

    @Test
    void fallsBackToWindows1252ForOldWesternText() {
        byte[] bytes = "café — “news”".getBytes(Charset.forName("windows-1252"));
        assertThat(decoder.decode(bytes, "f")).isEqualTo("café — “news”");
    }

    @Test
    void refusesBinaryData() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> decoder.decode(png, "image.txt"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("not a text file");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> decoder.decode("  \n ".getBytes(StandardCharsets.UTF_8), "empty.txt"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesAFileOverTheLimitAndSaysWhatToDo() {
        assertThatThrownBy(() -> decoder.decode(new byte[2048], "big.txt"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("limit").hasMessageContaining("--max-bytes");
    }
}
