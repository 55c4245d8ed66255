package dev.newsdigest.digest.people;

import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.ArticleExtractor;
import java.util.List;
import java.util.Optional;

/** Runs the people stage on a short article written for a test. */
final class PeopleTestSupport {
    private static final DigestEngine ENGINE = new DigestEngine(text -> PeopleResult.empty(), (t, p) -> List.of());
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final DictionaryPeopleFinder FINDER = new DictionaryPeopleFinder();

    private PeopleTestSupport() {}

    static AnalyzedText analyzed(String article, String language) {
        return ENGINE.analyze(EXTRACTOR.extract(ArticleInput.ofText("test.txt", article)), language);
    }

    /** The article's first line is its title, as in a plain-text article. */
    static PeopleResult find(String article) {
        return FINDER.find(analyzed(article, null));
    }

    static PeopleResult find(String article, String language) {
        return FINDER.find(analyzed(article, language));
    }

    static List<String> names(PeopleResult r) {
        return r.people().stream().map(Person::name).toList();
    }

    static Optional<Person> person(PeopleResult r, String name) {
        return r.people().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
