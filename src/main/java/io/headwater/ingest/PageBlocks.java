package io.headwater.ingest;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A page cut into text blocks, with the element tree kept as arrays in document order so that
 * scores can be summed up the tree without recursion.
 *
 * @param elements every element visited, in document order (parents before children)
 * @param parent   for each element, the index of its parent, or -1 for the root
 * @param end      for each element, the index of its last descendant (itself when it has none)
 * @param roles    for each element, what its class and id suggest
 * @param nests    for each element, whether a block-level element opens inside it
 * @param blocks   the text blocks in reading order
 * @param captions image captions found in figures and caption-classed elements
 */
record PageBlocks(List<Element> elements, int[] parent, int[] end, ClassNameSignals.Role[] roles,
                  boolean[] nests, List<TextBlock> blocks, List<Caption> captions) {

    /** True when element {@code inner} is {@code outer} or lies inside it. */
    boolean within(int inner, int outer) {
        return inner >= outer && inner <= end[outer];
    }
}
