package io.headwater.ingest;

/**
 * An image caption as printed beside the article, with the credit line that names where the picture
 * came from. Captions are kept apart from the article text: a photo credit says nothing about who
 * wrote the words.
 *
 * @param title  a short title printed above the caption, or null
 * @param text   the caption sentence(s) without the credit, or null when the page printed none
 * @param credit the credit as printed ("Reuters", "Photograph:(Reuters)"), or null when none was found
 */
public record Caption(String title, String text, String credit) {
}
