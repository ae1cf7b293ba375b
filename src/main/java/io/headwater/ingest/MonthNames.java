package io.headwater.ingest;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Month names and abbreviations in many languages ("Februar", "févr.", "febrero", "lutego", "helmikuuta"),
 * taken from the JDK's own CLDR locale data rather than written out here. A name that means different months
 * in different languages (Czech "listopad" is November, Croatian October) is read only in the page's language.
 */
final class MonthNames {

    /** Languages whose names are read on any page; a name two of them give to different months is dropped. */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk",
            "sv", "da", "nb", "nn", "fi", "et", "lv", "lt", "hu", "ro", "tr", "hr", "sl", "sr", "bs", "ca", "gl", "eu",
            "ga", "cy", "is", "el", "ru", "uk", "bg", "id", "ms", "vi", "af", "sq", "lb", "rm");
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE};
    /** Month 0 marks a name that two languages give to different months. */
    private static final Map<String, Integer> ANY_LANGUAGE = new HashMap<>();
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = new ConcurrentHashMap<>();

    static {
        for (String language : LANGUAGES) {
            names(language).forEach((name, month) -> ANY_LANGUAGE.merge(name, month, (a, b) -> a.equals(b) ? a : 0));
        }
        // English abbreviations CLDR does not list but pages print.
        ANY_LANGUAGE.put("sept", 9);
        ANY_LANGUAGE.put("febr", 2);
    }

    private MonthNames() {
    }

    /** The month (1-12) {@code word} names; {@code language} (BCP-47) is the page's language. */
    static @Nullable Integer month(String word, String language) {
        String key = key(word);
        if (key.length() < 3) {
            return null;
        }
        if (language != null && !language.isBlank()) {
            String lang = Locale.forLanguageTag(language.replace('_', '-')).getLanguage();
            if (!lang.isEmpty()) {
                Integer m = BY_LANGUAGE.computeIfAbsent(lang, MonthNames::names).get(key);
                if (m != null) {
                    return m;
                }
            }
        }
        Integer m = ANY_LANGUAGE.get(key);
        return m == null || m == 0 ? null : m;
    }

    private static Map<String, Integer> names(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Map<String, Integer> names = new HashMap<>();
        for (Month month : Month.values()) {
            for (TextStyle style : STYLES) {
                String name = key(month.getDisplayName(style, locale));
                // CLDR falls back to the month's number where a language has no name.
                if (name.length() >= 3 && !Character.isDigit(name.charAt(0))) {
                    names.putIfAbsent(name, month.getValue());
                    names.putIfAbsent(withoutAccents(name), month.getValue());
                }
            }
        }
        return names;
    }

    private static String key(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
