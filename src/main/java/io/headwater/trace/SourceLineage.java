package io.headwater.trace;

import java.util.List;

/**
 * Everything downstream of a source: which outlets carried it, through whom, when; and what the
 * source itself cites.
 *
 * @param source      the source
 * @param cites       what it cites, who wrote it, where it was submitted
 * @param descendants articles derived from it, oldest first (undated last)
 */
public record SourceLineage(EntitySummary source, List<Citation> cites, List<DerivedArticle> descendants) {
}
