package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Quote;
import dev.newsdigest.digest.people.PeopleResult;
import dev.newsdigest.digest.text.AnalyzedText;
import java.util.List;

/** Finds the quotes of an article and attributes each to one of its people (or to nobody). */
public interface QuoteFinder {

    /** Quotes in text order, ranked ({@link Quote#rank()} 0 is the key quote). */
    List<Quote> find(AnalyzedText text, PeopleResult people);
}
