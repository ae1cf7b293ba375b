package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;
import io.headwater.ingest.ArticleMetadata;
import io.headwater.TestArticles;

/** Chains on an article of our own whose chain is not the seeds' shape: a ministry, through AFP, to a paper. */
class ProvenanceTracerIT {

    private final Headwater hw = TestGraph.headwater();
    private String id;

    @BeforeEach
    void ingest() {
        TestGraph.clear();
        id = hw.ingest(TestArticles.fixture("pacific-post-tuna.txt"),
                new ArticleMetadata("The Pacific Post", null, "2024-05-02")).id();
    }

    private static List<String> names(List<Hop> chain) {
        return chain.stream().map(h -> h.label() + ":" + h.name()).toList();
    }

    @Test
    void chainRunsFromTheMinistryThroughAfpToThePaper() {
        Provenance p = hw.tracer().provenance(id).orElseThrow();
        assertThat(p.chains()).extracting(ProvenanceTracerIT::names)
                .containsExactly(List.of("Source:Ministry of Fisheries of Fiji", "Agency:Agence France-Presse",
                        "Outlet:The Pacific Post"));
    }

    @Test
    void everyHopButTheLastCarriesItsEvidence() {
        List<Hop> chain = hw.tracer().provenance(id).orElseThrow().chains().get(0);
        assertThat(chain.get(0).evidence()).containsKeys("sentence", "start", "end", "cue", "confidence", "extractor");
        assertThat(chain.get(1).evidence().get("cue")).isEqualTo("quoted");
        assertThat(chain.get(2).evidence()).isNull();
    }

    @Test
    void thePhotoCreditIsNotAChain() {
        Provenance p = hw.tracer().provenance(id).orElseThrow();
        assertThat(p.credits()).extracting(CreditView::name).containsExactly("Kyodo News");
        assertThat(p.chains()).flatExtracting(c -> c).extracting(Hop::name).doesNotContain("Kyodo News");
    }

    @Test
    void sourcesListWhatDerivesFromThem() {
        List<DerivedArticle> derived = hw.tracer().derivedFrom("org:ministry-of-fisheries-of-fiji");
        assertThat(derived).singleElement().satisfies(d -> {
            assertThat(d.articleId()).isEqualTo(id);
            assertThat(d.outlet()).isEqualTo("The Pacific Post");
            assertThat(d.hops()).isEqualTo(2);
        });
    }

    @Test
    void aPageOfWhatDerivesFromASourceIsTheWholeListCutToSize() {
        String source = "org:ministry-of-fisheries-of-fiji";
        assertThat(hw.tracer().derivedFrom(source, 0, 10)).isEqualTo(hw.tracer().derivedFrom(source));
        assertThat(hw.tracer().derivedFrom(source, 1, 1)).isEmpty();
    }

    @Test
    void unknownArticlesHaveNoProvenance() {
        assertThat(hw.tracer().provenance("a-0000000000000000")).isEmpty();
    }

    @Test
    void anArticleWithoutAttributionsHasNoChains() {
        String plain = hw.ingest(TestArticles.fixture("no-attribution.txt"),
                ArticleMetadata.NONE).id();
        Provenance p = hw.tracer().provenance(plain).orElseThrow();
        assertThat(p.chains()).isEmpty();
        assertThat(p.quotes()).isEmpty();
    }
}
