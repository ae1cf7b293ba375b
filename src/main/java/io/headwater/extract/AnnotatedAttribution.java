package io.headwater.extract;

import java.util.List;

import io.headwater.core.Span;

/**
 * One attribution as a BRAT file states it: the fragments of each role, in character offsets (UTF-16,
 * as Java strings count) into the article text. A role the relation lacks is an empty list.
 *
 * @param source  the source's fragments
 * @param cue     the cue's fragments
 * @param content the content's fragments (a content continued after the cue has several)
 */
public record AnnotatedAttribution(List<Span> source, List<Span> cue, List<Span> content) {

    /** The roles a BRAT span may fill, in the order the files list them. */
    public static final List<String> ROLES = List.of("Source", "Cue", "Content");

    public AnnotatedAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
