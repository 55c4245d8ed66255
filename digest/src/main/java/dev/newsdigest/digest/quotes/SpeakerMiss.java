package dev.newsdigest.digest.quotes;

/**
 * Words that name a speaker (capitalised, where the speech verb wants its subject) that the people engine did
 * not report as a person, so the quote got no speaker. Reported for diagnosis, never turned into a person here.
 *
 * @param surface the words as written
 * @param start   offset in the article text
 * @param end     just past them
 */
public record SpeakerMiss(String surface, int start, int end) {}
