package io.headwater.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Turns what a user names on the command line into {@link RawDocument}s, one at a time: files, whole
 * directory trees (walked in name order, one directory listing in memory at a time), gzipped files,
 * WARC archives and http(s) URLs. Each item that cannot be read is reported to {@link SourceEvents}
 * with its reason, and the batch goes on.
 */
public final class DocumentSource {

    private final long maxBytes;
    private final PageFetcher fetcher;
    private final WarcDocuments warcs;

    /** A source that caps every item at {@code maxBytes} and fetches URLs within {@code policy}. */
    public DocumentSource(long maxBytes, FetchPolicy policy) {
        this.maxBytes = maxBytes;
        this.fetcher = new PageFetcher(policy.withMaxBytes(maxBytes));
        this.warcs = new WarcDocuments(maxBytes);
    }

    /** A source with the default size cap and fetch limits. */
    public DocumentSource() {
        this(HtmlCharsetDecoder.DEFAULT_MAX_BYTES, FetchPolicy.DEFAULT);
    }

    /**
     * Sends every document found under {@code inputs} (paths or http(s) URLs) to {@code sink}, in order.
     * Failures go to {@code events}; an exception thrown by {@code sink} is reported there too.
     */
    public void read(List<String> inputs, Consumer<RawDocument> sink, SourceEvents events) {
        Consumer<RawDocument> guarded = document -> {
            try {
                sink.accept(document);
            } catch (RuntimeException e) {
                events.failed(document.origin(), reason(e));
            }
        };
        for (String input : inputs) {
            if (isUrl(input)) {
                try {
                    guarded.accept(fetcher.fetch(input));
                } catch (PageFetcher.FetchException e) {
                    events.failed(input, e.getMessage());
                }
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                walk(path, guarded, events);
            } else if (Files.exists(path)) {
                readFile(path, guarded, events);
            } else {
                events.failed(input, "no such file or directory");
            }
        }
    }

    /** True for names of files this source reads when it meets them in a directory. */
    static boolean isReadable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".txt")
                || name.endsWith(".warc");
    }

    /**
     * Depth first in name order; only the listings of the directories on the current path are held. Links are
     * followed, but each real directory is read once: two links to {@code .} would otherwise be walked forever.
     */
    private void walk(Path root, Consumer<RawDocument> sink, SourceEvents events) {
        Set<Object> seen = new HashSet<>();
        seen.add(identity(root));
        Deque<Iterator<Path>> stack = new ArrayDeque<>();
        stack.push(sortedListing(root, events));
        while (!stack.isEmpty()) {
            Iterator<Path> level = stack.peek();
            if (!level.hasNext()) {
                stack.pop();
                continue;
            }
            Path entry = level.next();
            if (Files.isDirectory(entry)) {
                if (seen.add(identity(entry))) {
                    stack.push(sortedListing(entry, events));
                } else {
                    events.skipped(entry.toString(), "leads to a directory already read (a symbolic link loop or a second link)");
                }
            } else if (isReadable(entry)) {
                readFile(entry, sink, events);
            } else {
                events.skipped(entry.toString(), "not an HTML, text or WARC file");
            }
        }
    }

    /** What stays the same however a directory is reached: its file key (device and inode), else its real path. */
    private static Object identity(Path dir) {
        try {
            Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            return key != null ? key : dir.toRealPath();
        } catch (IOException e) {
            // Unreadable: its listing will report the failure; the path itself stands in for it.
            return dir.toAbsolutePath().normalize();
        }
    }

    private static Iterator<Path> sortedListing(Path dir, SourceEvents events) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(entries::add);
        } catch (IOException e) {
            events.failed(dir.toString(), "directory could not be listed: " + e.getMessage());
        }
        entries.sort(null);
        return entries.iterator();
    }

    private void readFile(Path file, Consumer<RawDocument> sink, SourceEvents events) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            warcs.read(file, sink, events);
            return;
        }
        try {
            byte[] bytes = name.endsWith(".gz") ? gunzip(file) : readCapped(file);
            if (bytes == null) {
                events.failed(file.toString(), tooLarge());
                return;
            }
            sink.accept(new RawDocument(file.toString(), bytes, null, null));
        } catch (IOException e) {
            events.failed(file.toString(), "could not be read: " + reason(e));
        }
    }

    private byte[] readCapped(Path file) throws IOException {
        if (Files.size(file) > maxBytes) {
            return null;
        }
        return Files.readAllBytes(file);
    }

    /** The decompressed bytes past the cap: a small .gz can hold gigabytes. */
    private byte @Nullable [] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    private String tooLarge() {
        return String.format(Locale.ROOT, "is larger than the %.1f MB limit for one page: raise the limit (--max-bytes) if it really is one article",
                maxBytes / 1048576.0);
    }

    private static boolean isUrl(String input) {
        String s = input.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
