package io.headwater.eval;

import java.util.List;
import java.util.Random;

/**
 * Articles made from one template, as a wire story rewritten per city or a press release pasted with its
 * figures changed: the same paragraphs and the same source's quote, with names and numbers filled in. Every
 * two of them quote the source in nearly the same words, which is what makes quote wordings pile up.
 * Fictional places and outlets, written for Headwater.
 */
public final class TemplatedCorpus {

    private static final List<String> CITIES = List.of("Arlow", "Benmore", "Caldris", "Dunmere", "Elstow", "Farrow",
            "Glenhaven", "Harwick", "Ivel", "Jarrow", "Kestrel Bay", "Lorne");
    private static final List<String> DISTRICTS = List.of("the northern wards", "the river district", "the old town",
            "the harbour quarter", "the hill villages", "the eastern suburbs");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");
    private static final List<String> OUTLETS = List.of("Valley Herald", "Coast Courier", "Morning Ledger", "Plains Tribune");

    /**
     * One generated article.
     *
     * @param text      plain text, headline first
     * @param outlet    the outlet that printed it
     * @param published its date (ISO-8601)
     */
    public record Item(String text, String outlet, String published) {
    }

    private final Random random;
    private int made;

    public TemplatedCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** The next article; each is dated a day after the one before. */
    public Item next() {
        String city = pick(CITIES);
        int cases = 5 + random.nextInt(90);
        int total = cases + 100 + random.nextInt(900);
        int children = 200 + random.nextInt(4000);
        int families = 20 + random.nextInt(600);
        String text = city + " reports " + cases + " new measles cases\n\n"
                + "Health officials in " + city + " confirmed " + cases + " new cases of measles this week, bringing the total since "
                + "January to " + total + ", the regional health department said on " + pick(DAYS) + ".\n\n"
                + "\"" + children + " children were vaccinated at mobile clinics in " + pick(DISTRICTS) + " during the campaign, and "
                + families + " families were visited at home,\" the World Health Organization said in a statement.\n\n"
                + "Schools will stay open, officials said, but pupils without a record of two doses are asked to stay at home "
                + "until a nurse has checked them.\n";
        String published = java.time.LocalDate.of(2024, 1, 1).plusDays(made).toString();
        made++;
        return new Item(text, pick(OUTLETS), published);
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
