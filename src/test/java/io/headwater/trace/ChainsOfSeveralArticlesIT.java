package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * Claim search fetches the chains of a whole page of carriers in one lookup: each article's chains are still its own,
 * with the evidence its own text gave (an agency story's link is backed by several articles, each with its sentence).
 */
class ChainsOfSeveralArticlesIT {

    @Test
    void chainsFetchedTogetherAreEachArticlesOwn() {
        TestGraph.loadDemo();
        Headwater hw = TestGraph.headwater();
        Map<String, ArticleSummary> articles = new LinkedHashMap<>();
        for (String id : hw.lookups().articlesFromOrigin("demo:")) {
            articles.put(id, hw.tracer().article(id).orElseThrow());
        }
        assertThat(articles).hasSizeGreaterThan(2);
        Map<String, List<List<Hop>>> together = hw.tracer().chains(articles);
        assertThat(together).isNotEmpty();
        for (Map.Entry<String, ArticleSummary> a : articles.entrySet()) {
            List<List<Hop>> alone = hw.tracer().chains(a.getKey(), a.getValue());
            assertThat(together.getOrDefault(a.getKey(), List.of())).as(a.getKey()).isEqualTo(alone);
            assertThat(hw.tracer().provenance(a.getKey()).orElseThrow().chains()).isEqualTo(alone);
        }
    }
}
