package io.headwater.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Reporting verbs and their forms, read from {@code reporting-verbs.txt}. Forms that are also common
 * nouns ("report", "states") count only where the tagger reads them as verbs.
 */
public final class CueLexicon {

    /** Verbs that introduce a relay: "X quoted Y", "X cited Y". */
    private static final Set<String> RELAY_LEMMAS = Set.of("quote", "cite");

    private final Map<String, String> lemmaOf = new HashMap<>();
    private final Map<String, Boolean> ambiguous = new HashMap<>();

    private CueLexicon() {
    }

    /** The lexicon shipped with Headwater. */
    public static CueLexicon standard() {
        CueLexicon lexicon = new CueLexicon();
        try (InputStream in = CueLexicon.class.getResourceAsStream("reporting-verbs.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                String lemma = line.substring(0, colon).strip();
                for (String form : line.substring(colon + 1).strip().split("\\s+")) {
                    boolean amb = form.endsWith("*");
                    String f = amb ? form.substring(0, form.length() - 1) : form;
                    lexicon.lemmaOf.put(f, lemma);
                    lexicon.ambiguous.put(f, amb);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("reporting-verbs.txt is missing or unreadable", e);
        }
        return lexicon;
    }

    /** The lemma of a reporting-verb token; absent when the token is not a reporting verb here. */
    public @Nullable String lemma(Token token) {
        String form = token.lower();
        String lemma = lemmaOf.get(form);
        if (lemma == null) {
            return null;
        }
        if (ambiguous.get(form) && !token.isVerb()) {
            return null;
        }
        return lemma;
    }

    /** True for verbs that pass on someone else's words: "quoted", "cited". */
    public boolean isRelayVerb(String lemma) {
        return RELAY_LEMMAS.contains(lemma);
    }

    /** Number of verb forms known. */
    public int size() {
        return lemmaOf.size();
    }

    /** Used by tests and tools that need the forms. */
    Map<String, String> forms() {
        return Map.copyOf(lemmaOf);
    }

}
