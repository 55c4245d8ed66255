package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech: "Песков отметил, что контакт возможен", "Гордієнко заявив, що …", "Clinton said that …",
 * "По словам Пескова, официальная Москва не контактировала с Трампом". The reported clause becomes an
 * {@code indirect} quote, only when its speaker resolves to a person and the sentence holds no direct quote.
 */
final class IndirectSpeechFinder {
    private static final Set<String> COMPLEMENTISERS = Set.of("что", "що", "that", "чтобы", "щоб");
    /** Reported clauses shorter than this say nothing worth a quote. */
    private static final int MIN_WORDS = 3;

    private final ArticleView view;
    private final Attributor attributor;
    private final SpeakerResolver resolver;

    IndirectSpeechFinder(ArticleView view, Attributor attributor, SpeakerResolver resolver) {
        this.view = view;
        this.attributor = attributor;
        this.resolver = resolver;
    }

    /** One reported clause with its speaker. */
    record Reported(int start, int end, Person speaker) {}

    List<Reported> find(List<Span> sentences, Ranges quotes, int bodyStart) {
        List<Reported> out = new ArrayList<>();
        String text = view.text;
        for (Span s : sentences) {
            if (s.start() < bodyStart || quotes.overlaps(s.start(), s.end()) || s.length() > 1_000
                    || out.size() >= QuoteScanner.MAX_QUOTES) {
                continue;
            }
            List<Token> toks = Token.tokenize(text, s.start(), s.end(), true);
            int clauseStart = -1;
            int cueEnd = -1;
            for (int k = 0; k + 1 < toks.size() && k < 25; k++) {
                if (view.speechVerb(toks.get(k)) == null) {
                    continue;
                }
                for (int j = k + 1; j < toks.size() && j <= k + 10; j++) {
                    Token t = toks.get(j);
                    if (t.word() && COMPLEMENTISERS.contains(view.lower(t))) {
                        clauseStart = j + 1 < toks.size() ? toks.get(j + 1).start() : -1;
                        cueEnd = t.start();
                        break;
                    }
                }
                break;
            }
            if (clauseStart < 0) {
                continue;
            }
            int end = s.end();
            while (end > clauseStart && ".!?…;: ".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (countWords(toks, clauseStart, end) < MIN_WORDS) {
                continue;
            }
            Attributor.Before cue = attributor.before(cueEnd, s.start());
            Person speaker = cue == null ? null : resolver.resolve(cue.cue(), s.start());
            if (speaker != null) {
                out.add(new Reported(clauseStart, end, speaker));
            }
        }
        return out;
    }

    private static int countWords(List<Token> toks, int from, int to) {
        int n = 0;
        for (Token t : toks) {
            if (t.word() && t.start() >= from && t.end() <= to) {
                n++;
            }
        }
        return n;
    }
}
