package dev.newsdigest.digest.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote rules of {@code shared/eval/score.py}, ported for tests: a predicted direct quote belongs to a gold
 * quote when 80% of its words are in it; a gold quote is found when the quotes that belong to it cover 80% of
 * its words; attribution compares surnames (last name token of two letters or more).
 */
final class QuoteScore {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");

    /** One gold quote: its text and speaker (null for a non-person source). */
    record Gold(String text, String speaker) {}

    /** One predicted direct quote. */
    record Pred(String text, String speaker) {}

    int gold;
    int found;
    int attributed;
    int speakerJudged;
    int predMatched;
    int predFalse;

    /**
     * Scores a corpus record whose null speakers are not judged ("speakers_partial") and whose optional quotes
     * are neither required nor false positives.
     */
    void addPartial(List<Gold> golds, List<Gold> optional, List<Pred> preds) {
        List<List<String>> ptoks = new ArrayList<>();
        for (Pred p : preds) {
            ptoks.add(tokens(p.text()));
        }
        boolean[] used = new boolean[preds.size()];
        List<Gold> all = new ArrayList<>(golds);
        all.addAll(optional);
        for (int gi = 0; gi < all.size(); gi++) {
            Gold g = all.get(gi);
            List<String> gt = tokens(g.text());
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < preds.size(); i++) {
                if (!ptoks.get(i).isEmpty() && overlap(ptoks.get(i), gt) >= 0.8) {
                    mine.add(i);
                    used[i] = true;
                }
            }
            if (gi >= golds.size()) {
                continue;
            }
            gold++;
            boolean judged = g.speaker() != null;
            if (judged) {
                speakerJudged++;
            }
            List<String> covered = new ArrayList<>();
            for (int i : mine) {
                covered.addAll(ptoks.get(i));
            }
            if (overlap(gt, covered) >= 0.8) {
                found++;
                int best = mine.get(0);
                for (int i : mine) {
                    if (overlap(gt, ptoks.get(i)) > overlap(gt, ptoks.get(best))) {
                        best = i;
                    }
                }
                if (judged && speakerOk(preds.get(best).speaker(), g.speaker(), List.of())) {
                    attributed++;
                }
            }
        }
        for (boolean u : used) {
            if (u) {
                predMatched++;
            } else {
                predFalse++;
            }
        }
    }

    void add(List<Gold> golds, List<Pred> preds, List<String> goldPeople) {
        List<List<String>> ptoks = new ArrayList<>();
        for (Pred p : preds) {
            ptoks.add(tokens(p.text()));
        }
        boolean[] used = new boolean[preds.size()];
        for (Gold g : golds) {
            List<String> gt = tokens(g.text());
            List<Integer> mine = new ArrayList<>();
            for (int i = 0; i < preds.size(); i++) {
                if (!ptoks.get(i).isEmpty() && overlap(ptoks.get(i), gt) >= 0.8) {
                    mine.add(i);
                    used[i] = true;
                }
            }
            gold++;
            speakerJudged++;
            List<String> covered = new ArrayList<>();
            for (int i : mine) {
                covered.addAll(ptoks.get(i));
            }
            if (overlap(gt, covered) >= 0.8) {
                found++;
                int best = mine.get(0);
                for (int i : mine) {
                    if (overlap(gt, ptoks.get(i)) > overlap(gt, ptoks.get(best))) {
                        best = i;
                    }
                }
                if (speakerOk(preds.get(best).speaker(), g.speaker(), goldPeople)) {
                    attributed++;
                }
            }
        }
        for (boolean u : used) {
            if (u) {
                predMatched++;
            } else {
                predFalse++;
            }
        }
    }

    double precision() {
        return predMatched + predFalse == 0 ? 0 : predMatched / (double) (predMatched + predFalse);
    }

    double recall() {
        return gold == 0 ? 0 : found / (double) gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double attribution() {
        return speakerJudged == 0 ? 0 : attributed / (double) speakerJudged;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "quotes_precision=%.3f quotes_recall=%.3f quotes_f1=%.3f attribution=%.3f",
                precision(), recall(), f1(), attribution());
    }

    static boolean speakerOk(String pred, String gold, List<String> goldPeople) {
        if (gold == null) {
            if (pred == null || pred.isEmpty()) {
                return true;
            }
            for (String p : goldPeople) {
                if (surname(pred).equals(surname(p))) {
                    return false;
                }
            }
            return true;
        }
        return pred != null && !pred.isEmpty() && surname(pred).equals(surname(gold));
    }

    static String surname(String name) {
        List<String> t = new ArrayList<>();
        for (String w : tokens(name)) {
            if (w.replace("'", "").length() > 1) {
                t.add(w);
            }
        }
        if (t.isEmpty()) {
            t = tokens(name);
        }
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }

    static List<String> tokens(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace('ё', 'е');
        for (char a : new char[] {'\u2019', '\u02bc', '`', '\u00b4', '\u2018'}) {
            n = n.replace(a, '\'');
        }
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** How much of a is found in b, as multisets. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        Map<String, Integer> cb = new HashMap<>();
        for (String w : b) {
            cb.merge(w, 1, Integer::sum);
        }
        int hit = 0;
        for (String w : a) {
            Integer c = cb.get(w);
            if (c != null && c > 0) {
                hit++;
                cb.put(w, c - 1);
            }
        }
        return hit / (double) a.size();
    }
}
