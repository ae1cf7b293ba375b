package io.headwater.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the header lines of an article copied as plain text: a date line ("Updated: Feb 06, 2022, 03:39 PM
 * IST", "date 2020-11-15", "Veröffentlicht am 6. Februar 2022", "Lisbon Updated: Mar 14, 2024") and a byline
 * ("By Jane Doe", "Von Moritz Wichmann", "Por Ana Ruiz y Luis Gil", "Jane Doe").
 */
final class HeaderLines {

    /**
     * A date line: the place printed before it, if any, and the date it gives (absent when it gives none that can
     * be placed in time, as in "Published 3 hours ago").
     */
    record DateLine(@Nullable String place, @Nullable String published) {
    }

    /** Labels of a date line in the languages of the pages read. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L} .'’-]{1,40}?)?\\s*(?<separator>[|•·,-])?\\s*(?:\\b|(?=\\p{Lu}))(?<label>(?iu:last updated|updated|published|posted|first published|"
                    + "modified|date|dated|veröffentlicht|aktualisiert|zuletzt aktualisiert|stand|erstellt|publié|mis à jour|"
                    + "publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt))"
                    + "(?:\\s+(?iu:on|am|le|el|em|il|op))?\\s*:?\\s*(?<date>.*)$");
    /** "3 hours ago", "vor 2 Stunden", "il y a 5 minutes", "hace 1 día": a time with nothing to anchor it to. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?iu)\\b(?:\\d+|an?|one)\\s+(?:sec|second|min|minute|hour|hr|day|week|month)s?\\s+ago\\b"
                    + "|\\bvor\\s+\\d+\\s+(?:sekunden|minuten|stunden|tagen|wochen)\\b"
                    + "|\\bil y a\\s+\\d+\\s+(?:secondes?|minutes?|heures?|jours?)\\b"
                    + "|\\bhace\\s+\\d+\\s+(?:segundos?|minutos?|horas?|días?)\\b"
                    + "|^(?:just now|today|yesterday|heute|gestern|hier|aujourd'hui|hoy|ayer)$");
    /** A date line's relative time is all there is after its label ("Published 3 hours ago."). */
    private static final Pattern RELATIVE_ALONE = Pattern.compile("(?:" + RELATIVE.pattern() + ")\\s*[.]?");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|de|van|von|da|del|bin|al-?\\p{L}+)){1,3}$");
    private static final int LONGEST = 120;

    private HeaderLines() {
    }

    /** The date line {@code line} is, or empty when it is none. */
    static Optional<DateLine> dateLine(String line) {
        if (line.length() > LONGEST) {
            return Optional.empty();
        }
        Matcher m = DATE_LINE.matcher(line);
        if (m.matches() && !aSentenceAboutADate(m)) {
            String place = m.group("place") == null || m.group("place").isBlank() ? null : m.group("place").strip();
            Optional<String> date = PublicationDateParser.parse(m.group("date"));
            if (date.isPresent()) {
                return Optional.of(new DateLine(place, date.get()));
            }
            if (RELATIVE_ALONE.matcher(m.group("date").strip()).matches()) {
                return Optional.of(new DateLine(place, null));
            }
        }
        Optional<String> date = PublicationDateParser.parse(line);
        if (date.isPresent() && line.length() < 60 && !line.matches(".*[.!?]$")) {
            return Optional.of(new DateLine(null, date.get()));
        }
        return Optional.empty();
    }

    /**
     * True when what looks like "PLACE label date" is a sentence that uses the label as a word: "The date of the
     * talks was announced a week ago." A place printed before a label is set apart by a separator or followed by
     * the label capitalised ("Lisbon Updated: …", "LISBON | updated …"), never by the label in lower case.
     */
    private static boolean aSentenceAboutADate(Matcher m) {
        String label = m.group("label");
        return m.group("place") != null && m.group("separator") == null
                && label.equals(label.toLowerCase(java.util.Locale.ROOT));
    }

    /** True when {@code line} is a byline: a lead word and names ("By ...", "Von ...") or a person's name alone. */
    static boolean isByline(String line) {
        if (line.length() > LONGEST) {
            return false;
        }
        return !BylineReader.names(line).isEmpty() || PERSON_NAME.matcher(line).matches();
    }
}
