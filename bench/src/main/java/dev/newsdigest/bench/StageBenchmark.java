package dev.newsdigest.bench;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.UnreadableArticleException;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.lang.LanguageDetector;
import dev.newsdigest.digest.people.DictionaryPeopleFinder;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.quotes.RuleBasedQuoteFinder;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The people stage and the quote stage alone, one thread: the per-core throughput targets of issues 3 and 4 (at
 * least 300 articles a second each). Extraction, language and sentence splitting run once in the set-up, as
 * {@code DigestEngine.digest} runs them before these stages, so only the stage itself is timed. The quote stage is
 * given the people the people stage found, as in the engine.
 *
 * <pre>java -jar bench/target/benchmarks.jar StageBenchmark -f 1 -wi 2 -w 3s -i 5 -r 3s</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class StageBenchmark {

    @Param({Inputs.TEXT_3K, "quotes-polnear-en", "people-slavicner-ru-uk"})
    public String input;

    private final DictionaryPeopleFinder people = new DictionaryPeopleFinder();
    private final RuleBasedQuoteFinder quotes = new RuleBasedQuoteFinder();
    private final List<AnalyzedText> texts = new ArrayList<>();
    private final List<PeopleResult> found = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        ArticleExtractor extractor = new ArticleExtractor();
        LanguageDetector languages = new LanguageDetector();
        SentenceSplitter sentences = new SentenceSplitter();
        for (ArticleInput in : Inputs.of(input)) {
            ArticleText article;
            try {
                article = extractor.extract(in);
            } catch (UnreadableArticleException e) {
                continue;   // the engine would report it; it has no stage to time
            }
            Language language = languages.detect(article.fullText());
            if (language == Language.UNKNOWN) {
                language = Language.fromCode(in.languageHint());
            }
            AnalyzedText analyzed = new AnalyzedText(article, language, sentences.split(article.fullText()));
            texts.add(analyzed);
            found.add(people.find(analyzed));   // also loads the dictionaries before timing starts
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no readable article in input " + input);
        }
    }

    @Benchmark
    @Threads(1)
    public void people(Blackhole bh) {
        bh.consume(people.find(texts.get(advance())));
    }

    @Benchmark
    @Threads(1)
    public void quotes(Blackhole bh) {
        int i = advance();
        bh.consume(quotes.find(texts.get(i), found.get(i)));
    }

    private int advance() {
        int i = next;
        next = (next + 1) % texts.size();
        return i;
    }
}
