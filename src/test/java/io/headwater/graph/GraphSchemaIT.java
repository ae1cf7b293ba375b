package io.headwater.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.headwater.Headwater;
import io.headwater.TestGraph;

class GraphSchemaIT {

    @Test
    void appliesConstraintsAndIndexesIdempotently() {
        Headwater hw = TestGraph.headwater();
        GraphSchema.apply(hw.graph().driver(), hw.graph().database());
        GraphSchema.apply(hw.graph().driver(), hw.graph().database());
        var names = TestGraph.query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n").get(0).get("n").asList();
        assertThat(names).contains("article_id", "entity_key", "quote_key");
        var indexes = TestGraph.query("SHOW INDEXES YIELD name RETURN collect(name) AS n").get(0).get("n").asList();
        assertThat(indexes).contains("article_url", "article_text", "quote_text");
    }
}
