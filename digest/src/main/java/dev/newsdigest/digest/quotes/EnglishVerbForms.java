package dev.newsdigest.digest.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns an English verb form back into lemma candidates: said → say, tells → tell, added → add, noted → note,
 * replied → reply, stopped → stop, emphasizing → emphasize. The regular rules over-generate (noted → not, note);
 * the caller keeps only candidates its lexicon knows.
 */
final class EnglishVerbForms {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("put", "put"), Map.entry("began", "begin"), Map.entry("cried", "cry"),
            Map.entry("thought", "think"), Map.entry("swore", "swear"), Map.entry("sworn", "swear"),
            Map.entry("shot", "shoot"), Map.entry("sang", "sing"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("sung", "sing"), Map.entry("hit", "hit"), Map.entry("says", "say"));

    private EnglishVerbForms() {}

    static List<String> lemmaCandidates(String w) {
        List<String> out = new ArrayList<>(4);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
            return out;
        }
        out.add(w);
        int n = w.length();
        if (n > 3 && w.endsWith("ies")) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 3 && w.endsWith("es")) {
            out.add(w.substring(0, n - 2));
        }
        if (n > 2 && w.endsWith("s") && !w.endsWith("ss")) {
            out.add(w.substring(0, n - 1));
        }
        if (n > 3 && w.endsWith("ied")) {
            out.add(w.substring(0, n - 3) + "y");
        }
        if (n > 3 && w.endsWith("ed")) {
            String base = w.substring(0, n - 2);
            out.add(base);
            out.add(w.substring(0, n - 1)); // noted → note
            if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                out.add(base.substring(0, base.length() - 1)); // quipped → quip
            }
        }
        if (n > 4 && w.endsWith("ing")) {
            String base = w.substring(0, n - 3);
            out.add(base);
            out.add(base + "e");
            if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)) {
                out.add(base.substring(0, base.length() - 1));
            }
            if (base.endsWith("y")) {
                out.add(base); // replying → reply
            }
        }
        return out;
    }
}
