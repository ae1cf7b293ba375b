package io.headwater;

/**
 * The demo corpus in the test graph, loaded once for the tests of a class that only read it: loading takes seconds.
 * A test that changes the graph calls {@link #changed()} first, and the next test gets a fresh load.
 */
public final class DemoGraph {

    private boolean changed = true;
    private String first;

    /** The demo corpus in the graph, loaded again only if a test changed it; returns the id of its first article. */
    public String load() {
        if (changed) {
            first = TestGraph.loadDemo();
            changed = false;
        }
        return first;
    }

    /** Says that the calling test changes the graph, so that the next {@link #load()} loads the corpus again. */
    public void changed() {
        changed = true;
    }
}
