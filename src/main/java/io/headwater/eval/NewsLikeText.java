package io.headwater.eval;

import java.util.Random;

/**
 * Ordinary news prose of any length, written from templates for measuring speed: headlines, paragraphs of
 * one to three sentences, quotations with their speakers, reported speech, "according to", agencies relaying
 * reports, people introduced by full name and then named by surname alone, as a long article or a long
 * stream of them does. The people's surnames are made of syllables, so a longer text names more people,
 * as real long texts do; nothing here comes from a real article.
 */
public final class NewsLikeText {

    private static final String[] GIVEN = ("Amara Tomas Lena Kofi Ingrid Rafael Mei Olu Sanna Dmitri Priya Hugo Noor Emil "
            + "Carmen Jonas Aiko Felix Zara Mateo Ines Pavel Leila Bruno Hana Oskar Yara Anton Elif Marek").split(" ");
    private static final String[] SYLLABLES = ("bel ran ko vis ta mor den sul pri ga lo ven har ish tor ne wa ki fen dal "
            + "ost mur sel tan bri cor ado lin").split(" ");
    private static final String[] TITLES = {"Minister", "Senator", "Dr.", "Mr.", "Ms.", "Gov.", "Mayor", "Professor"};
    private static final String[] ROLES = {"a spokeswoman for the port authority", "the harbour master", "a senior official",
        "the committee chairman", "an adviser to the minister", "a local fisherman", "the union's negotiator"};
    private static final String[] BODIES = {"the fisheries ministry", "the Coastal Water Board", "the regional council",
        "the transport department", "a panel of independent experts", "the United Nations", "the central bank",
        "the health agency", "the Harbour Workers Union", "the European Commission"};
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Yonhap", "Kyodo", "Xinhua"};
    private static final String[] OUTLETS = {"the Riverside Daily", "the Coastal Ledger", "Harbour Times", "the Evening Post"};
    private static final String[] REPORTS = {"a confidential report", "the annual review", "an internal memo",
        "a draft assessment", "the auditors' findings"};
    private static final String[] ADJECTIVES = ("new old second northern southern local regional national main disputed "
            + "delayed costly temporary planned emergency annual public private small large coastal inland rural busy "
            + "empty damaged rebuilt proposed final early late cheaper dearer").split(" ");
    private static final String[] NOUNS = ("bridge ferry fare dredging catch harbour quay pier lighthouse barrier dam canal "
            + "railway tram line depot school clinic hospital ward budget tax levy rent lease contract tender licence "
            + "permit inquiry audit review survey census ballot vote ceasefire truce deal accord treaty grain timber steel "
            + "cod herring salmon trawler tanker cargo warehouse market toll road tunnel airport runway terminal pipeline "
            + "reservoir well pump sewer park museum library stadium prison court").split(" ");
    private static final String[] VERBS = ("would be delayed until|had risen sharply since|could resume after|was far behind|"
            + "would cost twice as much as|had been cut before|was safe for now despite|needed another look after|"
            + "would be put to a vote before|had fallen short of|was the best offer since|would not survive|"
            + "was quietly dropped after|will be reopened before|has been blamed for|was approved just before|"
            + "is expected to replace|could not be finished before|was paid for by|had been promised since").split("\\|");
    private static final String[] TIMES = ("the spring|the summer|the autumn|the winter|next week|the end of the month|"
            + "the election|the storm|the strike|the holidays|the last inspection|the floods|the audit|the talks").split("\\|");
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] CUES = {"said", "told reporters", "added", "warned", "noted", "insisted"};

    private final Random rnd;

    /** A generator whose text depends on {@code rnd} alone. */
    public NewsLikeText(Random rnd) {
        this.rnd = rnd;
    }

    /** Exactly {@code chars} characters of prose (the last word may be cut short). */
    public String text(int chars) {
        StringBuilder b = new StringBuilder(chars + 400);
        while (b.length() < chars) {
            b.append(capitalise(clause())).append(", ").append(pick(AGENCIES)).append(" reports\n\n");
            int paragraphs = 4 + rnd.nextInt(8);
            for (int p = 0; p < paragraphs && b.length() < chars; p++) {
                int sentences = 1 + rnd.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    if (s > 0) {
                        b.append(' ');
                    }
                    b.append(sentence());
                }
                b.append("\n\n");
            }
        }
        return cut(b, chars);
    }

    /** One sentence from one of the shapes news uses for attribution, or a plain statement. */
    String sentence() {
        String clause = clause();
        return switch (rnd.nextInt(10)) {
            case 0 -> "\"" + capitalise(clause) + ",\" " + person() + " said.";
            case 1 -> surname() + " " + pick(CUES) + " " + clause + ".";
            case 2 -> "According to " + pick(BODIES) + ", " + clause + ".";
            case 3 -> capitalise(pick(BODIES)) + " said in a statement that " + clause + ".";
            case 4 -> "\"" + capitalise(clause) + ",\" " + pick(TITLES) + " " + surname() + " told " + pick(OUTLETS)
                    + " on " + pick(DAYS) + ".";
            case 5 -> capitalise(clause) + ", " + pick(ROLES) + " said.";
            case 6 -> pick(AGENCIES) + " quoted " + pick(REPORTS) + " as saying " + clause + ".";
            case 7 -> "\"" + capitalise(clause) + ". " + capitalise(clause()) + ",\" "
                    + surname() + " " + pick(CUES) + ".";
            default -> capitalise(clause) + " on " + pick(DAYS) + ".";
        };
    }

    /** "the new bridge at Kovisden would be delayed until the spring": a subject, a verb group, a time. */
    private String clause() {
        String subject = "the " + pick(ADJECTIVES) + " " + pick(NOUNS);
        if (rnd.nextInt(3) == 0) {
            subject += " at " + surname();
        } else if (rnd.nextInt(3) == 0) {
            subject += " and the " + pick(NOUNS);
        }
        String object = rnd.nextBoolean() ? pick(TIMES) : "the " + pick(ADJECTIVES) + " " + pick(NOUNS);
        return subject + " " + pick(VERBS) + " " + object;
    }

    private String person() {
        return pick(GIVEN) + " " + surname();
    }

    /** One of a few thousand made-up surnames; the set a text draws from grows with its length. */
    private String surname() {
        int n = 2 + rnd.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        }
        return capitalise(b.toString());
    }

    private String pick(String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The first {@code chars} characters. */
    static String cut(CharSequence b, int chars) {
        return b.length() <= chars ? b.toString() : b.subSequence(0, chars).toString();
    }
}
