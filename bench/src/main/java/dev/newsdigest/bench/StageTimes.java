package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.BenchSuite;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.UnreadableArticleException;
import dev.newsdigest.digest.headline.HeadlineBuilder;
import dev.newsdigest.digest.headline.SummaryBuilder;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.lang.LanguageDetector;
import dev.newsdigest.digest.people.DictionaryPeopleFinder;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.quotes.RuleBasedQuoteFinder;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of each stage of the digest engine, per article: the profile of issue 8 measured directly rather than
 * sampled (JFR's samples land unevenly in tight loops). Runs the stages in the order and with the classes of
 * {@code DigestEngine.digest} (keep the two in step when the engine gains a stage).
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.newsdigest.bench.StageTimes html-100k [rounds=5]</pre>
 */
public final class StageTimes {
    private StageTimes() {}

    public static void main(String[] args) {
        String input = args.length > 0 ? args[0] : Inputs.HTML_100K;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ArticleInput> inputs = Inputs.of(input);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ArticleExtractor extractor = new ArticleExtractor();
        LanguageDetector languages = new LanguageDetector();
        SentenceSplitter sentences = new SentenceSplitter();
        HeadlineBuilder headlines = new HeadlineBuilder(sentences);
        SummaryBuilder summaries = new SummaryBuilder(sentences);
        DictionaryPeopleFinder people = new DictionaryPeopleFinder();
        RuleBasedQuoteFinder quotes = new RuleBasedQuoteFinder();
        String[] stages = {"extract", "language", "sentences", "people", "quotes", "headline+summary"};
        long[] nanos = new long[stages.length];
        long articles = 0;
        for (int round = -1; round < rounds; round++) {   // round -1 warms up
            for (ArticleInput in : inputs) {
                long[] t = new long[stages.length + 1];
                t[0] = cpu.getCurrentThreadCpuTime();
                ArticleText article;
                try {
                    article = extractor.extract(in);
                } catch (UnreadableArticleException e) {
                    continue;
                }
                t[1] = cpu.getCurrentThreadCpuTime();
                Language language = languages.detect(article.fullText());
                if (language == Language.UNKNOWN) {
                    language = Language.fromCode(in.languageHint());
                }
                t[2] = cpu.getCurrentThreadCpuTime();
                AnalyzedText analyzed = new AnalyzedText(article, language, sentences.split(article.fullText()));
                t[3] = cpu.getCurrentThreadCpuTime();
                PeopleResult found = people.find(analyzed);
                t[4] = cpu.getCurrentThreadCpuTime();
                int q = quotes.find(analyzed, found).size();
                t[5] = cpu.getCurrentThreadCpuTime();
                int h = headlines.headline(article).length() + summaries.summary(article).length();
                t[6] = cpu.getCurrentThreadCpuTime();
                if (round >= 0) {
                    for (int s = 0; s < stages.length; s++) {
                        nanos[s] += t[s + 1] - t[s];
                    }
                    articles += 1 + (q + h) * 0L;
                }
            }
        }
        long total = 0;
        for (long n : nanos) {
            total += n;
        }
        Map<String, Double> perArticle = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%s: %d articles, CPU time per article by stage (load %s)%n", input, articles,
                BenchSuite.load());
        for (int s = 0; s < stages.length; s++) {
            perArticle.put(stages[s], nanos[s] / 1e3 / articles);
            System.out.printf(Locale.ROOT, "  %-17s %8.0f us  %5.1f%%%n", stages[s], nanos[s] / 1e3 / articles,
                    100.0 * nanos[s] / total);
        }
        System.out.printf(Locale.ROOT, "  %-17s %8.0f us  (%.0f articles per CPU-second)%n", "total", total / 1e3 / articles,
                articles / (total / 1e9));
    }
}
