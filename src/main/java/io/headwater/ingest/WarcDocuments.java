package io.headwater.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML pages out of a WARC file (plain or gzipped): every response record whose HTTP content
 * type is HTML and whose status is 200 becomes a {@link RawDocument} with the record's target URI as its
 * address. Other records are counted as skipped; a record that cannot be read is reported and the rest
 * of the file is still read.
 */
final class WarcDocuments {

    private final long maxBytes;

    WarcDocuments(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Sends each HTML page of {@code warc} to {@code sink}; returns how many there were. */
    int read(Path warc, Consumer<RawDocument> sink, SourceEvents events) {
        int records = 0;
        int pages = 0;
        int skipped = 0;
        int[] failed = {0};
        SourceEvents counted = new SourceEvents() {
            @Override
            public void failed(String origin, String reason) {
                failed[0]++;
                events.failed(origin, reason);
            }

            @Override
            public void skipped(String origin, String reason) {
                events.skipped(origin, reason);
            }
        };
        try (WarcReader reader = new WarcReader(warc)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                records++;
                String origin = warc + "#" + records;
                if (!(record instanceof WarcResponse response)) {
                    skipped++;
                    events.skipped(origin, "a WARC " + record.type() + " record, not a response");
                    continue;
                }
                int failedBefore = failed[0];
                RawDocument page = page(response, origin, counted);
                if (page != null) {
                    pages++;
                    sink.accept(page);
                } else if (failed[0] == failedBefore) {
                    skipped++;
                }
            }
        } catch (IOException | RuntimeException e) {
            events.failed(warc.toString(), "is not a readable WARC file after record " + records + ": " + e.getMessage());
            return pages;
        }
        if (records == 0) {
            events.failed(warc.toString(), "holds no WARC records (empty or not a WARC file)");
        } else if (pages == 0 && failed[0] == 0) {
            // A record that could not be read has had its error: the file needs no second one.
            events.failed(warc.toString(), "holds no HTML response records (" + skipped + " other records skipped)");
        }
        return pages;
    }

    private RawDocument page(WarcResponse response, String origin, SourceEvents events) {
        String target = response.target();
        String label = origin + " " + target;
        try {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
                events.skipped(label, "a response record that is not an HTTP response");
                return null;
            }
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                events.skipped(label, "content type " + base + ", not HTML");
                return null;
            }
            if (http.status() != 200) {
                events.skipped(label, "HTTP status " + http.status());
                return null;
            }
            try (InputStream in = http.bodyDecoded().stream()) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    events.failed(label, String.format(Locale.ROOT, "is larger than the %.1f MB limit for one page",
                            maxBytes / 1048576.0));
                    return null;
                }
                return new RawDocument(label, body, type.toString(), target);
            }
        } catch (IOException | RuntimeException e) {
            events.failed(label, "could not be read: " + e.getMessage());
            return null;
        }
    }
}
