package io.headwater.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/**
 * The pages of what derives from a source are the same whichever way they are found: by walking every path into the
 * source (few paths) or by reading the articles in date order (a source very many articles derive from, which must not
 * be expanded whole), and so are the pages of what an outlet published. The fixture has dated articles with equal dates, undated ones, and articles with two paths.
 */
class DerivedPagesIT {

    private static final String SOURCE = "report:test-fisheries-panel";
    private static Headwater hw;

    @BeforeAll
    static void graph() {
        TestGraph.clear();
        hw = TestGraph.headwater();
        TestGraph.query("""
                CREATE (s:Entity:Report {key: $source, name: 'Fisheries panel report', type: 'report'})
                CREATE (st:Entity:Story {key: 'story:wire>' + $source, name: 'Wire story on the panel report', type: 'story',
                        agency: 'Wire', inferred: true})-[:DERIVED_FROM {prov: 'prov:hadPrimarySource', cue: 'said'}]->(s)
                CREATE (o0:Entity:Outlet {key: 'outlet:test-harbour', name: 'Test Harbour', type: 'outlet'})
                CREATE (o1:Entity:Outlet {key: 'outlet:test-coast', name: 'Test Coast', type: 'outlet'})
                WITH s, st, [o0, o1] AS outlets
                UNWIND range(0, 23) AS i
                CREATE (a:Article {id: 'a-test-derived-' + right('0' + i, 2), headline: 'Article ' + i,
                        published: CASE WHEN i % 5 = 0 THEN null ELSE '2024-03-' + (10 + i % 4) END})
                WITH s, st, a, i, outlets[i % 2] AS outlet
                CREATE (a)-[:PUBLISHED_BY {prov: 'prov:wasAttributedTo'}]->(outlet)
                WITH s, st, a, i
                CALL (s, st, a, i) {
                  WITH * WHERE i % 3 = 0
                  CREATE (a)-[:DERIVED_FROM {prov: 'prov:wasDerivedFrom', cue: 'said'}]->(s)
                }
                CALL (st, a, i) {
                  WITH * WHERE i % 3 <> 0
                  CREATE (a)-[:DERIVED_FROM {prov: 'prov:wasDerivedFrom', cue: 'With inputs from'}]->(st)
                }
                """, "source", SOURCE);
        // Some articles also took text from the one before them: a second path into the source.
        TestGraph.query("""
                MATCH (a:Article), (b:Article)
                WHERE a.id STARTS WITH 'a-test-derived-' AND toInteger(right(a.id, 2)) % 3 = 2
                  AND b.id = 'a-test-derived-' + right('0' + (toInteger(right(a.id, 2)) - 1), 2)
                CREATE (a)-[:DERIVED_FROM {class: 'DERIVED_FROM', direction: 'dated', score: 40}]->(b)
                """);
        TestGraph.query("CREATE (:Article {id: 'a-test-unrelated', headline: 'Unrelated', published: '2024-03-01'})");
    }

    @Test
    void pagesByDateAreThePagesOfTheWalk() {
        ProvenanceTracer walking = hw.tracer();
        ProvenanceTracer byDate = new ProvenanceTracer(hw.graph().driver(), hw.graph().database(), new ExpansionBudget(0, 0));
        List<DerivedArticle> all = walking.derivedFrom(SOURCE, 0, 200);
        // One path for each of the 24 articles, and a second for the 8 that also took text from the article before them.
        assertThat(all).hasSize(24 + 8);
        assertThat(all).map(DerivedArticle::published).containsNull().contains("2024-03-10");
        assertThat(byDate.derivedFrom(SOURCE, 0, 200)).isEqualTo(all);
        for (int size : List.of(1, 2, 5, 7)) {
            assertThat(pages(walking, size)).as("walking, pages of %d", size).isEqualTo(all);
            assertThat(pages(byDate, size)).as("by date, pages of %d", size).isEqualTo(all);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(walking.derivedFrom(SOURCE));
    }

    @Test
    void aSourceWithoutDescendantsHasAnEmptyPageEitherWay() {
        ProvenanceTracer byDate = new ProvenanceTracer(hw.graph().driver(), hw.graph().database(), new ExpansionBudget(0, 0));
        assertThat(byDate.derivedFrom("outlet:test-harbour", 0, 10)).isEmpty();
        assertThat(hw.tracer().derivedFrom("outlet:test-harbour", 0, 10)).isEmpty();
    }

    @Test
    void pagesOfWhatAnOutletPublishedAreTheSameByDate() {
        GraphLookups byDate = new GraphLookups(hw.graph().driver(), hw.graph().database(), new ExpansionBudget(0, 0));
        for (String outlet : List.of("outlet:test-harbour", "outlet:test-coast")) {
            List<GraphLookups.Published> all = hw.lookups().publishedBy(outlet, 0, 100).items();
            assertThat(all).hasSize(12).map(GraphLookups.Published::published).containsNull();
            assertThat(byDate.publishedBy(outlet, 0, 100)).isEqualTo(hw.lookups().publishedBy(outlet, 0, 100));
            for (int size : List.of(1, 5)) {
                List<GraphLookups.Published> paged = new ArrayList<>();
                for (int page = 0; page * size < all.size() + size; page++) {
                    paged.addAll(byDate.publishedBy(outlet, page, size).items());
                }
                assertThat(paged).as("%s by date, pages of %d", outlet, size).isEqualTo(all);
            }
        }
    }

    private static List<DerivedArticle> pages(ProvenanceTracer tracer, int size) {
        List<DerivedArticle> out = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<DerivedArticle> got = tracer.derivedFrom(SOURCE, page, size);
            out.addAll(got);
            if (got.size() < size) {
                return out;
            }
        }
    }
}
