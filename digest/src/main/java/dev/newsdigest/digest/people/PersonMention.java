package dev.newsdigest.digest.people;

import dev.newsdigest.digest.Gender;

/**
 * One place where the article names a person.
 *
 * @param start       offset of the name in the article's full text
 * @param end         offset just past it
 * @param surface     the text as written ("Пескова", "Дмитро Пєсков")
 * @param gender      the gender this form shows (Пескова as genitive of Песков is MALE; Захарова may be FEMALE)
 * @param personIndex index of the person in {@link PeopleResult#people()}
 */
public record PersonMention(int start, int end, String surface, Gender gender, int personIndex) {}
