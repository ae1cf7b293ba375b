package io.headwater.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Countries and the capitals news uses for their governments ("Beijing said", "Austria announced"): a
 * source named by a place is that place's government. Country names come from the JDK's ISO 3166 table
 * (English), plus the common short forms news prints; capitals are the ones reporting uses as metonyms.
 */
final class Places {

    private static final Set<String> NAMES = names();

    private Places() {
    }

    /** True when {@code name} (any case, without a leading "the") is a country or a capital standing for one. */
    static boolean isPlace(String name) {
        String n = name.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
        return NAMES.contains(n);
    }

    /** True when {@code name} is a country (not a capital). */
    static boolean isCountry(String name) {
        String n = name.strip().replaceFirst("(?i)^the\\s+", "").toLowerCase(Locale.ROOT);
        return COUNTRIES.contains(n);
    }

    private static final Set<String> COUNTRIES = countries();

    private static Set<String> countries() {
        Set<String> s = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            s.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        s.addAll(Set.of("united states of america", "us", "usa", "america", "britain", "great britain", "uk", "england",
                "scotland", "wales", "north korea", "south korea", "iran", "syria", "vietnam", "laos", "taiwan", "palestine",
                "the netherlands", "holland", "ivory coast", "czech republic", "burma", "congo", "russia"));
        return Set.copyOf(s);
    }

    private static Set<String> names() {
        Set<String> s = new TreeSet<>();
        for (String code : Locale.getISOCountries()) {
            s.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (String extra : new String[] {"united states of america", "u.s.", "us", "usa", "america", "britain", "great britain",
                "uk", "u.k.", "england", "scotland", "wales", "russian federation", "north korea", "south korea", "dprk",
                "iran", "syria", "vietnam", "laos", "taiwan", "palestine", "the netherlands", "holland", "ivory coast",
                "czech republic", "burma", "congo", "democratic republic of congo", "drc", "uae", "vatican", "the vatican",
                "beijing", "moscow", "washington", "tehran", "pyongyang", "seoul", "tokyo", "london", "paris", "berlin", "kyiv",
                "kiev", "ankara", "riyadh", "damascus", "jerusalem", "new delhi", "delhi", "islamabad", "kabul", "baghdad",
                "cairo", "brussels", "taipei", "caracas", "havana", "ottawa", "canberra", "rome", "madrid", "warsaw",
                "budapest", "minsk", "tel aviv", "doha", "abu dhabi", "beirut", "amman", "hanoi", "manila", "jakarta",
                "bangkok", "nairobi", "addis ababa", "pretoria", "abuja", "brasilia", "mexico city", "buenos aires",
                "bogota", "lima", "santiago", "stockholm", "oslo", "copenhagen", "helsinki", "vienna", "bern", "athens",
                "lisbon", "dublin", "the hague", "prague", "bucharest", "sofia", "belgrade", "tbilisi", "yerevan", "baku",
                "astana", "tashkent", "dhaka", "colombo", "kathmandu", "naypyidaw", "phnom penh", "kuala lumpur",
                "singapore", "wellington", "khartoum", "tripoli", "tunis", "algiers", "rabat", "kinshasa", "kampala",
                "kigali", "harare", "luanda", "dakar", "accra", "sanaa", "muscat", "manama", "kuwait city"}) {
            s.add(extra);
        }
        return Set.copyOf(s);
    }
}
