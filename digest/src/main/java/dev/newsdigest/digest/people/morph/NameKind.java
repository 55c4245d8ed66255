package dev.newsdigest.digest.people.morph;

/** Which part of a personal name a word form can be. */
public enum NameKind {
    FIRST, PATRONYMIC, SURNAME
}
