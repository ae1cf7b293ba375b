package io.headwater.ingest;

/**
 * The text one block-level element prints itself, without the text of the blocks nested in it.
 *
 * @param text      the text, white space folded; a line break stands for each {@code <br>}
 * @param owner     index of the element printing it in {@link PageBlocks#elements()}
 * @param tag       that element's tag name
 * @param linkChars how many of its characters are link text
 * @param heading   whether the element is a heading ({@code h1}-{@code h6})
 */
record TextBlock(String text, int owner, String tag, int linkChars, boolean heading) {

    /** Share of the text that is link text, 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
    }
}
