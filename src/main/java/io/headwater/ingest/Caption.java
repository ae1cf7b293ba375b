package io.headwater.ingest;

import org.jspecify.annotations.Nullable;

/**
 * An image caption as printed beside the article, with the credit line that names where the picture
 * came from. Captions are kept apart from the article text: a photo credit says nothing about who
 * wrote the words.
 *
 * @param title  a short title printed above the caption
 * @param text   the caption sentence(s) without the credit; absent when the page printed none
 * @param credit the credit as printed ("Reuters", "Photograph:(Reuters)"); absent when none was found
 */
public record Caption(@Nullable String title, @Nullable String text, @Nullable String credit) {
}
