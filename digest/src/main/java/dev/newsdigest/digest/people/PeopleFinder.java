package dev.newsdigest.digest.people;

import dev.newsdigest.digest.text.AnalyzedText;

/** Finds the people an article mentions and merges their mentions into persons. */
public interface PeopleFinder {

    PeopleResult find(AnalyzedText text);
}
