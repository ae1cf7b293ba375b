package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.core.Span;
import io.headwater.extract.Token;

/** Codes written once per sentence are found again by the sentence's tokens, and only by them. */
class CachedTokenCodesTest {

    private static List<Token> tokens(String... words) {
        int at = 0;
        List<Token> out = new java.util.ArrayList<>();
        for (String w : words) {
            out.add(new Token(w, "NN", new Span(at, at + w.length())));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void aSentenceIsFoundByItsTokens() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = CachedTokenCodes.writer(bytes)) {
            CachedTokenCodes.write(out, CachedTokenCodes.key(tokens("The", "pier", "closed")),
                    new long[][] {{100_003, 1_000_012}, {}, {200_017}});
        }
        CachedTokenCodes codes = CachedTokenCodes.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(codes.size()).isEqualTo(1);
        assertThat(codes.of(tokens("The", "pier", "closed"))[0]).containsExactly(100_003, 1_000_012);
        assertThat(codes.of(tokens("The", "pier", "closed"))[1]).isEmpty();
        assertThat(codes.of(tokens("The", "pier", "opened"))).isNull();
    }
}
