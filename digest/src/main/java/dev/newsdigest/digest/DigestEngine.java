package dev.newsdigest.digest;

import dev.newsdigest.digest.headline.HeadlineBuilder;
import dev.newsdigest.digest.headline.SummaryBuilder;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.lang.LanguageDetector;
import dev.newsdigest.digest.people.DictionaryPeopleFinder;
import dev.newsdigest.digest.people.PeopleFinder;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.quotes.QuoteFinder;
import dev.newsdigest.digest.quotes.RuleBasedQuoteFinder;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.ArticleExtractor;
import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.List;
import java.util.Objects;

/**
 * The digest engine: {@link #digest(ArticleInput)} is a pure function from an article to its {@link Digest}.
 * Thread-safe; build one and share it (dictionaries are loaded once).
 *
 * <p>Stages: extract text, detect language, split sentences, find people, find quotes, build headline and
 * summary.
 */
public final class DigestEngine {
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final LanguageDetector languages = new LanguageDetector();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final HeadlineBuilder headlines = new HeadlineBuilder(sentences);
    private final SummaryBuilder summaries = new SummaryBuilder(sentences);
    private final PeopleFinder people;
    private final QuoteFinder quotes;

    public DigestEngine(PeopleFinder people, QuoteFinder quotes) {
        this.people = Objects.requireNonNull(people);
        this.quotes = Objects.requireNonNull(quotes);
    }

    /** The engine with every stage the project ships. */
    public static DigestEngine create() {
        return new DigestEngine(new DictionaryPeopleFinder(), new RuleBasedQuoteFinder());
    }

    /**
     * Digests one article.
     *
     * @throws UnreadableArticleException when the input holds no readable text
     */
    public Digest digest(ArticleInput input) {
        ArticleText article = extractor.extract(input);
        AnalyzedText analyzed = analyze(article, input.languageHint());
        PeopleResult found = people.find(analyzed);
        List<Quote> quoteList = quotes.find(analyzed, found);
        return new Digest(input.source(), analyzed.language().code(), headlines.headline(article),
                summaries.summary(article), found.people(), quoteList, article.fullText());
    }

    /** Language and sentences of an extracted article; the hint wins only when detection is unsure. */
    public AnalyzedText analyze(ArticleText article, String languageHint) {
        Language detected = languages.detect(article.fullText());
        if (detected == Language.UNKNOWN) {
            detected = Language.fromCode(languageHint);
        }
        return new AnalyzedText(article, detected, sentences.split(article.fullText()));
    }
}
