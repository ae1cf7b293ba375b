package io.headwater.eval.reuse;

import io.headwater.reuse.IndexedArticle;
import io.headwater.reuse.ReuseClass;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A synthetic news stream with known reuse, for measuring detection at any size. Text is drawn word by
 * word from a Zipf-distributed vocabulary (real English function and common words, then a long tail of
 * made-up rare words), sentences lean on a story's topic words, and stock phrases ("did not immediately
 * respond to a request for comment") recur everywhere, as in real news. Copying is realistic: an agency
 * story is taken by several outlets that keep a leading share of it, drop and swap paragraphs, change,
 * drop or add words, add paragraphs of their own and end with their outlet's fixed footer; some outlet
 * copies are republished as revisions; some outlets write their own stories quoting the same speech.
 * Every article of a cluster is emitted before the next cluster starts, with the truth for its pairs.
 *
 * <p>Why one class of this size: every part draws from one seeded {@link Random} in a fixed order, so the
 * corpus a seed gives is the same on every run; split into classes, that order would depend on how they call
 * each other.
 */
public final class SyntheticCorpus {

    private static final String[] FUNCTION = ("the of and to a in that is was for on with as by at it from his he said "
            + "be has have are an its not but were had this which they their who been will would after also more than "
            + "over about one two new into or up out last year when can could there all we she her our after other "
            + "some what while where just before such any most only under between against during three four first").split(" ");
    private static final String[] COMMON = ("government minister officials police people country president report state "
            + "city week month company market million billion percent economy election party vote court law security "
            + "military forces attack talks deal plan trade oil prices bank water health hospital school children women "
            + "workers union strike protest border refugees village region province capital leader opposition council "
            + "committee panel ministry spokesman statement agency program budget tax spending debt growth inflation "
            + "investors shares exports imports energy power storm flood fire drought crops farmers fishing coast port "
            + "ship vessel aircraft airport train road bridge project construction housing prison judge trial charges "
            + "evidence investigation inquiry witness victims families residents crowd rally campaign candidate senator "
            + "governor mayor troops missile nuclear weapons sanctions embassy diplomat summit treaty agreement ceasefire "
            + "rebels militants killed injured arrested released announced warned denied confirmed reported told added "
            + "expected increased cut raised called asked agreed rejected launched opened closed signed blamed urged "
            + "major key local national international public private foreign federal senior former latest early late "
            + "high low large small strong weak long short recent annual official independent").split(" ");
    private static final String[] STOCK = {
        "did not immediately respond to a request for comment",
        "said in a statement on",
        "according to people familiar with the matter",
        "speaking on condition of anonymity because they were not authorised to speak publicly",
        "the ministry said in a statement",
        "it was not immediately clear",
        "officials said on",
        "the latest in a series of",
        "in a televised address",
        "told reporters at a news conference",
    };
    private static final String[] AGENCIES = {"Reuters", "AP", "AFP", "Yonhap", "Xinhua", "Kyodo", "ANSA", "EFE"};
    private static final String[] SYLLABLES = ("ka lo ri ven tar mi sol dra nek po lu ber gan tis mo ra vel or an ith "
            + "el ur sha kor bal den fir gol hun jas kel lam nor pel quin rus sev tol vor wyn zan").split(" ");

    /**
     * What the generator knows about one article.
     *
     * @param cluster    the story cluster (articles of different clusters share nothing on purpose)
     * @param ordinal    the article's number in the stream (its id is "s" + ordinal)
     * @param kind       agency, copy, revision, speech or original
     * @param sentences  ids of the agency sentences it carries (length in words in the low six bits)
     * @param quotes     ids of the speech sentences it quotes
     * @param revisionOf the ordinal of the article it revises, or -1
     */
    public record Truth(int cluster, int ordinal, String kind, Set<Integer> sentences, Set<Integer> quotes, int revisionOf) {
    }

    /**
     * One generated article.
     *
     * @param article the article as the detector sees it
     * @param truth   its provenance
     */
    public record Generated(IndexedArticle article, Truth truth) {
    }

    private final Random rnd;
    private final String[] vocabulary;
    private final double[] cumulative;
    private final String[][] footers;
    private final String[] outlets;
    private int sentenceIds;
    private int ordinal;
    private int cluster;
    private long day;

    /** A generator; the same seed gives the same stream. */
    public SyntheticCorpus(long seed) {
        this.rnd = new Random(seed);
        List<String> words = new ArrayList<>();
        for (String w : FUNCTION) {
            words.add(w);
        }
        for (String w : COMMON) {
            words.add(w);
        }
        Set<String> made = new HashSet<>(words);
        while (words.size() < 40_000) {
            StringBuilder w = new StringBuilder();
            int n = 2 + rnd.nextInt(3);
            for (int k = 0; k < n; k++) {
                w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
            if (made.add(w.toString())) {
                words.add(w.toString());
            }
        }
        vocabulary = words.toArray(String[]::new);
        cumulative = new double[vocabulary.length];
        double sum = 0;
        for (int r = 0; r < vocabulary.length; r++) {
            sum += 1.0 / Math.pow(r + 1, 1.05);
            cumulative[r] = sum;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= sum;
        }
        outlets = new String[30];
        footers = new String[outlets.length][];
        for (int o = 0; o < outlets.length; o++) {
            outlets[o] = "outlet-" + (o + 1);
            footers[o] = new String[] {sentence(topic(), 18) + " Follow " + capital(outlets[o]) + " for more news and analysis.",
                "Copyright " + capital(outlets[o]) + ". All rights reserved. " + sentence(topic(), 12)};
        }
    }

    /** Emits {@code n} articles to {@code sink}, cluster by cluster. */
    public void generate(int n, Consumer<Generated> sink) {
        while (ordinal < n) {
            double r = rnd.nextDouble();
            List<Generated> c = r < 0.45 ? agencyCluster() : r < 0.55 ? speechCluster() : List.of(original(topic(), rnd.nextInt(outlets.length)));
            for (Generated g : c) {
                if (ordinal >= n) {
                    break;
                }
                sink.accept(g);
                ordinal++;
            }
            cluster++;
            if (cluster % 50 == 0) {
                day++;
            }
        }
    }

    /** True when the generator made a and b share text, with the class it meant; null when they are unrelated. */
    public static ReuseClass truth(Truth a, Truth b) {
        if (a.cluster() != b.cluster()) {
            return null;
        }
        int words = 0;
        for (int s : a.sentences()) {
            words += b.sentences().contains(s) ? s & 63 : 0;
        }
        // The same bar as detection's: 25 words of one source text in common, edits aside.
        if (words >= 25) {
            if (a.revisionOf() == b.ordinal() || b.revisionOf() == a.ordinal()) {
                return ReuseClass.REVISION_OF;
            }
            return ReuseClass.DERIVED_FROM;
        }
        for (int q : a.quotes()) {
            if (b.quotes().contains(q)) {
                return ReuseClass.SHARES_QUOTE;
            }
        }
        return null;
    }

    private List<Generated> agencyCluster() {
        int agency = rnd.nextInt(AGENCIES.length);
        int[] topic = topic();
        List<String[]> paragraphs = new ArrayList<>();
        List<int[]> ids = new ArrayList<>();
        int np = 6 + rnd.nextInt(9);
        for (int p = 0; p < np; p++) {
            int ns = 1 + rnd.nextInt(3);
            String[] sents = new String[ns];
            int[] sid = new int[ns];
            for (int s = 0; s < ns; s++) {
                sents[s] = rnd.nextDouble() < 0.15 ? quoteSentence(topic) : sentence(topic, 14 + rnd.nextInt(16));
                // The id carries the sentence's length in words in its low six bits.
                sid[s] = (sentenceIds++ << 6) | Math.min(63, sents[s].split(" ").length);
            }
            paragraphs.add(sents);
            ids.add(sid);
        }
        List<Generated> out = new ArrayList<>();
        String agencyKey = AGENCIES[agency].toLowerCase();
        StringBuilder text = new StringBuilder();
        Set<Integer> all = new HashSet<>();
        for (int p = 0; p < np; p++) {
            para(text, String.join(" ", paragraphs.get(p)));
            for (int id : ids.get(p)) {
                all.add(id);
            }
        }
        para(text, "(Reporting by " + capital(word(topic)) + " " + capital(word(topic)) + "; editing by " + capital(word(topic)) + ")");
        int agencyOrdinal = ordinal;
        out.add(new Generated(new IndexedArticle("s" + agencyOrdinal, agencyKey, date(0), List.of(), true, text.toString()),
                new Truth(cluster, agencyOrdinal, "agency", all, Set.of(), -1)));
        int copies = rnd.nextInt(7);
        Set<Integer> usedOutlets = new HashSet<>();
        for (int k = 0; k < copies; k++) {
            int outlet = rnd.nextInt(outlets.length);
            if (!usedOutlets.add(outlet)) {
                continue;
            }
            int copyOrdinal = agencyOrdinal + out.size();
            List<String> kept = new ArrayList<>();
            Set<Integer> keptIds = new HashSet<>();
            int keep = Math.max(2, (int) Math.ceil(np * (0.4 + 0.6 * rnd.nextDouble())));
            for (int p = 0; p < keep; p++) {
                if (p > 0 && rnd.nextDouble() < 0.15) {
                    continue;
                }
                StringBuilder par = new StringBuilder();
                for (int s = 0; s < paragraphs.get(p).length; s++) {
                    par.append(s > 0 ? " " : "").append(edit(paragraphs.get(p)[s], topic));
                    keptIds.add(ids.get(p)[s]);
                }
                kept.add(par.toString());
            }
            if (kept.size() > 3 && rnd.nextDouble() < 0.3) {
                int at = 1 + rnd.nextInt(kept.size() - 2);
                String t = kept.get(at);
                kept.set(at, kept.get(at + 1));
                kept.set(at + 1, t);
            }
            int own = 1 + rnd.nextInt(4);
            for (int o = 0; o < own; o++) {
                String mine = sentence(topic, 15 + rnd.nextInt(15)) + " " + sentence(topic, 12 + rnd.nextInt(10));
                kept.add(rnd.nextBoolean() ? 0 : rnd.nextInt(kept.size() + 1), mine);
            }
            boolean credits = rnd.nextDouble() < 0.7;
            if (credits) {
                kept.add("(With inputs from " + AGENCIES[agency] + ")");
            }
            List<String> upstream = credits ? List.of(agencyKey) : List.of();
            String published = date(rnd.nextInt(2));
            out.add(new Generated(new IndexedArticle("s" + copyOrdinal, outlets[outlet], published, upstream, false,
                    withFooter(kept, outlet)), new Truth(cluster, copyOrdinal, "copy", keptIds, Set.of(), -1)));
            if (rnd.nextDouble() < 0.12) {
                List<String> revised = new ArrayList<>(kept);
                int at = rnd.nextInt(revised.size());
                revised.set(at, edit(edit(revised.get(at), topic), topic));
                revised.add(Math.min(revised.size(), 1 + rnd.nextInt(revised.size())), sentence(topic, 20));
                int revOrdinal = agencyOrdinal + out.size();
                out.add(new Generated(new IndexedArticle("s" + revOrdinal, outlets[outlet], date(2), upstream, false,
                        withFooter(revised, outlet)), new Truth(cluster, revOrdinal, "revision", keptIds, Set.of(), copyOrdinal)));
            }
        }
        return out;
    }

    private List<Generated> speechCluster() {
        int[] topic = topic();
        String speaker = capital(word(topic)) + " " + capital(word(topic));
        String[] speech = new String[5];
        for (int s = 0; s < speech.length; s++) {
            speech[s] = sentence(topic, 14 + rnd.nextInt(10));
        }
        int base = sentenceIds;
        sentenceIds += speech.length;
        List<Generated> out = new ArrayList<>();
        int n = 2 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            int outlet = rnd.nextInt(outlets.length);
            List<String> paragraphs = new ArrayList<>();
            Set<Integer> quoted = new HashSet<>();
            int nq = 1 + rnd.nextInt(2);
            for (int p = 0; p < 4 + rnd.nextInt(5); p++) {
                paragraphs.add(sentence(topic, 14 + rnd.nextInt(14)) + " " + sentence(topic, 12 + rnd.nextInt(12)));
            }
            for (int q = 0; q < nq; q++) {
                int s = rnd.nextInt(speech.length);
                quoted.add(base + s);
                String body = speech[s].substring(0, speech[s].length() - 1);
                paragraphs.add(1 + rnd.nextInt(paragraphs.size()), "\"" + body + ",\" " + speaker + " said.");
            }
            int ord = ordinal + out.size();
            out.add(new Generated(new IndexedArticle("s" + ord, outlets[outlet], date(0), List.of(), false, withFooter(paragraphs, outlet)),
                    new Truth(cluster, ord, "speech", Set.of(), quoted, -1)));
        }
        return out;
    }

    private Generated original(int[] topic, int outlet) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5 + rnd.nextInt(8); p++) {
            paragraphs.add(rnd.nextDouble() < 0.15 ? quoteSentence(topic) : sentence(topic, 14 + rnd.nextInt(16)) + " "
                    + sentence(topic, 10 + rnd.nextInt(14)));
        }
        return new Generated(new IndexedArticle("s" + ordinal, outlets[outlet], date(0), List.of(), false, withFooter(paragraphs, outlet)),
                new Truth(cluster, ordinal, "original", Set.of(), Set.of(), -1));
    }

    private String withFooter(List<String> paragraphs, int outlet) {
        StringBuilder t = new StringBuilder();
        for (String p : paragraphs) {
            para(t, p);
        }
        para(t, footers[outlet][0]);
        para(t, footers[outlet][1]);
        return t.toString();
    }

    /** A light edit: a changed word, a dropped clause, a few added words, or nothing. */
    private String edit(String s, int[] topic) {
        double r = rnd.nextDouble();
        String[] w = s.split(" ");
        if (w.length < 8 || r > 0.45) {
            return s;
        }
        List<String> out = new ArrayList<>(List.of(w));
        if (r < 0.25) {
            int at = 1 + rnd.nextInt(out.size() - 2);
            out.set(at, word(topic));
        } else if (r < 0.35) {
            int len = 3 + rnd.nextInt(4);
            int at = 1 + rnd.nextInt(Math.max(1, out.size() - len - 1));
            for (int k = 0; k < len && at < out.size() - 1; k++) {
                out.remove(at);
            }
        } else {
            int at = 1 + rnd.nextInt(out.size() - 1);
            for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
                out.add(at, word(topic));
            }
        }
        return String.join(" ", out);
    }

    private String quoteSentence(int[] topic) {
        String body = sentence(topic, 12 + rnd.nextInt(12));
        return "\"" + body.substring(0, body.length() - 1) + ",\" " + capital(word(topic)) + " " + capital(word(topic)) + " said.";
    }

    private String sentence(int[] topic, int words) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String w;
            if (rnd.nextDouble() < 0.004) {
                w = STOCK[rnd.nextInt(STOCK.length)];
            } else if (rnd.nextDouble() < 0.42) {
                w = FUNCTION[(int) Math.min(FUNCTION.length - 1, Math.abs(rnd.nextGaussian()) * 25)];
            } else {
                w = word(topic);
            }
            s.append(k == 0 ? capital(w) : " " + w);
            if (k > 4 && k < words - 3 && rnd.nextDouble() < 0.06) {
                s.append(',');
            }
        }
        return s.append('.').toString();
    }

    private String word(int[] topic) {
        if (rnd.nextDouble() < 0.35) {
            return vocabulary[topic[rnd.nextInt(topic.length)]];
        }
        return vocabulary[zipf()];
    }

    private int[] topic() {
        int[] t = new int[40];
        for (int k = 0; k < t.length; k++) {
            t[k] = FUNCTION.length + rnd.nextInt(vocabulary.length - FUNCTION.length);
        }
        return t;
    }

    private int zipf() {
        double u = rnd.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private String date(int plusDays) {
        return java.time.LocalDate.of(2020, 1, 1).plusDays(day + plusDays).toString();
    }

    private static void para(StringBuilder t, String p) {
        if (t.length() > 0) {
            t.append("\n\n");
        }
        t.append(p);
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
