package io.headwater.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The wire agency an article comes from, read from its text credits: an agency dateline first
 * ("WASHINGTON (AP) —"), then agency lines ("Reuters contributed to this report", a Reuters sign-off).
 * Well-known wires get one canonical short name (AP, Reuters, AFP, UPI) whatever the spelling.
 */
public final class WireAgency {

    private static final List<String[]> CANONICAL = List.of(
            new String[] {"AP", "(?:the )?(?:AP|Associated Press)"},
            new String[] {"Reuters", "(?:Thomson )?Reuters"},
            new String[] {"AFP", "AFP|Agence France[- ]Presse"},
            new String[] {"UPI", "UPI|United Press International"});

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

    /** True for names of news agencies (the well-known wires and names that say they are agencies). */
    public static boolean isAgency(String name) {
        String n = name.strip();
        if (!canonical(n).equals(n) || List.of("AP", "Reuters", "AFP", "UPI").contains(n)) {
            return true;
        }
        return n.toLowerCase(Locale.ROOT).matches(
                ".*\\b(?:agency|agencies|news service|wire|press trust|yonhap|xinhua|kyodo|tass|dpa|efe|ansa|pti|ani|ians|"
                        + "bloomberg|press association)\\b.*");
    }
}
