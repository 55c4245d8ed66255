package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.lang.Language;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.people.PersonMention;
import dev.newsdigest.digest.text.AnalyzedText;
import dev.newsdigest.digest.text.ArticleText;
import dev.newsdigest.digest.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds test inputs by hand: an analysed article of given paragraphs, and a {@link PeopleResult} that marks
 * every occurrence of the given surface forms as a mention of the given person (what the people engine would
 * report), so quote attribution is tested apart from people extraction.
 */
final class TestArticles {
    private TestArticles() {}

    static AnalyzedText article(Language language, String... paragraphs) {
        ArticleText a = new ArticleText(null, Arrays.asList(paragraphs), false);
        return new AnalyzedText(a, language, new SentenceSplitter().split(a.fullText()));
    }

    /** One person: canonical name, key, gender and the forms the article writes. */
    record P(String name, String key, Gender gender, String... forms) {}

    static P person(String name, String key, Gender gender, String... forms) {
        return new P(name, key, gender, forms);
    }

    static PeopleResult people(AnalyzedText text, P... persons) {
        String t = text.text();
        List<Person> people = new ArrayList<>();
        List<PersonMention> mentions = new ArrayList<>();
        boolean[] taken = new boolean[t.length()];
        record Form(String surface, int person) {}
        List<Form> forms = new ArrayList<>();
        for (int i = 0; i < persons.length; i++) {
            for (String f : persons[i].forms()) {
                forms.add(new Form(f, i));
            }
        }
        forms.sort((a, b) -> b.surface().length() - a.surface().length());
        int[] counts = new int[persons.length];
        for (Form f : forms) {
            for (int at = t.indexOf(f.surface()); at >= 0; at = t.indexOf(f.surface(), at + 1)) {
                int end = at + f.surface().length();
                boolean boundary = (at == 0 || !Character.isLetter(t.charAt(at - 1)))
                        && (end == t.length() || !Character.isLetter(t.charAt(end)));
                boolean free = true;
                for (int k = at; k < end && free; k++) {
                    free = !taken[k];
                }
                if (boundary && free) {
                    for (int k = at; k < end; k++) {
                        taken[k] = true;
                    }
                    mentions.add(new PersonMention(at, end, f.surface(), persons[f.person()].gender(), f.person()));
                    counts[f.person()]++;
                }
            }
        }
        for (int i = 0; i < persons.length; i++) {
            P p = persons[i];
            people.add(new Person(p.name(), p.key(), counts[i], List.of(p.forms()), null, p.gender()));
        }
        return new PeopleResult(people, mentions);
    }
}
