package io.headwater.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The bytes of one input before it is read as an article: a file, a fetched page or a WARC record.
 *
 * @param origin      where it came from (path, URL, or WARC file and record), for messages
 * @param bytes       the content, undecoded
 * @param contentType the declared media type with parameters ("text/html; charset=utf-8")
 * @param url         the page address when known (fetched URL, WARC target URI)
 */
public record RawDocument(String origin, byte[] bytes, @Nullable String contentType, @Nullable String url) {

    /** True when the type, name or first bytes say this is an HTML page. */
    public boolean looksLikeHtml() {
        if (contentType != null) {
            String t = contentType.toLowerCase(java.util.Locale.ROOT);
            if (t.contains("html")) {
                return true;
            }
            if (t.startsWith("text/plain")) {
                return false;
            }
        }
        String name = origin == null ? "" : origin.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".xhtml")) {
            return true;
        }
        if (name.endsWith(".txt")) {
            return false;
        }
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head");
    }
}
