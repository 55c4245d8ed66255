package dev.newsdigest.digest.people.morph;

import dev.newsdigest.digest.Gender;

/**
 * One dictionary reading of a word as part of a name, e.g. "Пескова" = surname, lemma "Песков", male,
 * genitive; or surname, lemma "Пескова", female, nominative.
 *
 * @param kind      first name, patronymic or surname
 * @param lemma     the nominative form for this reading's gender, capitalised ("Пескова" for a woman,
 *                  "Песков" for a man; "Дмитрий" for a first name; the father's name for a patronymic)
 * @param gender    the gender the form shows
 * @param gramCase  the case of the form ({@link GrammarCase#ANY} when indeclinable)
 * @param plural    plural form ("Скрипали")
 * @param ukrainian the reading comes from the Ukrainian dictionary
 */
public record NameReading(NameKind kind, String lemma, Gender gender, GrammarCase gramCase, boolean plural,
                          boolean ukrainian) {}
