package io.headwater.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wire agency an article comes from, read from its text credits: an agency dateline first
 * ("WASHINGTON (AP) —"), then agency lines ("Reuters contributed to this report", a Reuters sign-off).
 * Well-known wires get one canonical short name (AP, Reuters, AFP, UPI) whatever the spelling.
 * <p>
 * It also knows which names are news agencies as credits print them: full names in any case ("AGENCE
 * FRANCE-PRESSE", "Kyodo News"), short forms only as agencies write them ("AP", "dpa", "IANS", "A.A").
 */
public final class WireAgency {

    private static final List<String[]> CANONICAL = List.of(
            new String[] {"AP", "(?:the )?(?:AP|Associated Press)"},
            new String[] {"Reuters", "(?:Thomson )?Reuters"},
            new String[] {"AFP", "AFP|Agence France[- ]Presse"},
            new String[] {"UPI", "UPI|United Press International"});

    /** Agency names, compared without case. */
    private static final Set<String> NAMES = Set.of(
            "associated press", "reuters", "thomson reuters", "agence france-presse", "agence france presse",
            "united press international", "deutsche presse-agentur", "deutsche presse agentur", "german press agency",
            "agencia efe", "kyodo", "kyodo news", "kyodo news agency", "jiji", "jiji press", "xinhua", "xinhua news agency",
            "itar-tass", "ria novosti", "interfax", "sputnik", "yonhap", "yonhap news agency", "yonhap news", "anadolu",
            "anadolu agency", "anadolu news agency", "press trust of india", "asian news international",
            "indo-asian news service", "indo asian news service", "united news of india", "associated press of pakistan",
            "kuwait news agency", "emirates news agency", "saudi press agency", "qatar news agency",
            "islamic republic news agency", "tasnim", "tasnim news agency", "fars news agency", "fars news", "mehr news agency",
            "bernama", "antara", "vietnam news agency", "korean central news agency", "newsis", "belga", "ukrinform",
            "middle east news agency", "syrian arab news agency", "bloomberg", "bloomberg news", "australian associated press",
            "canadian press", "press association", "pa media", "europa press", "lusa", "notimex", "prensa latina",
            "china news service", "central news agency", "philippine news agency", "agenzia nova", "news agencies",
            "agencies", "wire services", "dpa");
    /** Short forms, as agencies print them (upper case; "dpa" in lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "AP", "AFP", "UPI", "DPA", "dpa", "EFE", "ANSA", "TASS", "AA", "A.A", "A.A.", "PTI", "ANI", "IANS", "UNI", "APP",
            "KUNA", "WAM", "SPA", "QNA", "IRNA", "ISNA", "FNA", "KCNA", "AAP", "CTK", "ČTK", "MENA", "SANA", "WAFA", "BSS",
            "NNA", "PAP", "APA", "ANP", "BTA", "VNA", "PNA", "CNA");
    /** Short forms whose full name the gazetteer holds (a bare "AA" or "APP" is no alias: they are common words). */
    private static final Map<String, String> FULL_NAMES = Map.of(
            "AA", "Anadolu Agency", "A.A", "Anadolu Agency", "A.A.", "Anadolu Agency",
            "APP", "Associated Press of Pakistan", "FNA", "Fars News Agency");
    private static final Pattern AGENCY_WORDS = Pattern.compile(
            "(?i).*\\b(?:news agency|press agency|news service|wire service|press trust)\\b.*");

    private WireAgency() {
    }

    /** The agency named by the first text-provenance credit that names one, canonicalised. */
    public static Optional<String> of(List<Credit> credits) {
        for (Credit.Kind kind : List.of(Credit.Kind.DATELINE, Credit.Kind.AGENCY_INPUT)) {
            for (Credit c : credits) {
                if (c.kind() == kind && c.name() != null && isAgency(c.name())) {
                    return Optional.of(canonical(c.name()));
                }
            }
        }
        return Optional.empty();
    }

    /** "Associated Press" and "AP" are both "AP"; names that are no well-known wire stay as printed. */
    public static String canonical(String name) {
        String n = name.strip();
        for (String[] c : CANONICAL) {
            if (Pattern.compile(c[1], Pattern.CASE_INSENSITIVE).matcher(n).matches()) {
                return c[0];
            }
        }
        return n;
    }

    /** The name a credit should carry: the full name for short forms that are common words elsewhere ("AA"). */
    public static String creditName(String name) {
        String n = name.strip();
        return FULL_NAMES.getOrDefault(n, n);
    }

    /** True for names of news agencies (the well-known wires and names that say they are agencies). */
    public static boolean isAgency(String name) {
        String n = name.strip().replaceFirst("^(?i)the\\s+", "");
        if (n.isEmpty()) {
            return false;
        }
        return ABBREVIATIONS.contains(n) || NAMES.contains(n.toLowerCase(Locale.ROOT)) || AGENCY_WORDS.matcher(n).matches();
    }
}
