package io.headwater.resolve;

import java.util.List;

/**
 * The reports already in the graph, as {@link ReportIdentity} needs them to decide whether a report an article
 * cites is one seen before. The graph implements it; resolution never reads the graph itself.
 */
@FunctionalInterface
public interface KnownReports {

    /**
     * Reports whose author is {@code author}, a body it is part of ({@code authorLine}), or a body part of it.
     *
     * @param author     the new report's author key
     * @param authorLine the author and the bodies it is part of, nearest first
     */
    List<ReportIdentity.Description> byAuthor(String author, List<String> authorLine);

    /** No reports known (an empty graph, or analysis without one). */
    KnownReports NONE = (author, line) -> List.of();
}
