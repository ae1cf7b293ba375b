package io.headwater.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;

/** Articles quoting one source alike add at most one VARIANT_OF edge per quote, not one per earlier article. */
class VariantGrowthIT {

    @Test
    void quoteWordingEdgesGrowWithTheArticlesNotWithTheirPairs() {
        Headwater hw = TestGraph.headwater();
        TestGraph.clear();
        List<VariantGrowth.Row> rows = VariantGrowth.run(hw, 24, 12, 7, done -> { });
        assertThat(rows).hasSize(2);
        VariantGrowth.Row last = rows.get(1);
        assertThat(last.articles()).isEqualTo(24);
        // The templated quote is worded alike in every article: each new wording links to the first one.
        assertThat(last.variants()).isGreaterThanOrEqualTo(23).isLessThanOrEqualTo(last.quotes());
        assertThat(last.maxPerQuote()).isEqualTo(1);
        assertThat(VariantGrowth.table(rows)).startsWith("| articles | quotes | VARIANT_OF |").contains("| 24 |");
    }
}
