package io.headwater.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.headwater.reuse.ReuseDetector;

/**
 * Brings the reuse index back in step with the graph. The graph is the record: an article enters the index
 * only after its transaction has committed, and the index commits every few seconds, so a process that
 * dies (kill -9, power loss) can leave articles in the graph that the index lost, and a delete cut short
 * can leave the index an article the graph no longer has. Without this, later articles would never be
 * compared with the lost ones.
 */
public final class ReuseIndexReconciler {

    private ReuseIndexReconciler() {
    }

    /**
     * What reconciling changed.
     *
     * @param indexed articles of the graph the index lacked, indexed again from the graph
     * @param removed articles the index held that the graph does not
     */
    public record Reconciliation(int indexed, int removed) {

        /** True when the index was out of step. */
        public boolean changed() {
            return indexed > 0 || removed > 0;
        }

        @Override
        public String toString() {
            return indexed + " article(s) indexed again from the graph, " + removed + " no longer in the graph removed";
        }
    }

    /**
     * Compares the ids in the graph with those in the index (both in ascending order, one pass over each,
     * never all in memory), then indexes the articles the index lacks and removes those the graph lacks.
     */
    public static Reconciliation reconcile(ArticleGraphReader graph, ReuseDetector index) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        graph.readArticleIds(inGraph -> {
            Iterator<String> inIndex = index.index().ids();
            String g = next(inGraph);
            String x = next(inIndex);
            while (g != null || x != null) {
                int order = g == null ? 1 : x == null ? -1 : g.compareTo(x);
                if (order < 0) {
                    missing.add(g);
                    g = next(inGraph);
                } else if (order > 0) {
                    extra.add(x);
                    x = next(inIndex);
                } else {
                    g = next(inGraph);
                    x = next(inIndex);
                }
            }
            return null;
        });
        int indexed = 0;
        for (String id : missing) {
            // Each side's order is checked again by a direct look-up: a difference in sort order costs time, never an article.
            if (!index.contains(id)) {
                var article = graph.indexedArticle(id);
                if (article.isPresent()) {
                    index.add(article.get());
                    indexed++;
                }
            }
        }
        int removed = 0;
        for (String id : extra) {
            if (graph.publication(id).isEmpty() && index.delete(id)) {
                removed++;
            }
        }
        if (indexed + removed > 0) {
            index.commit();
        }
        return new Reconciliation(indexed, removed);
    }

    private static String next(Iterator<String> ids) {
        return ids.hasNext() ? ids.next() : null;
    }
}
