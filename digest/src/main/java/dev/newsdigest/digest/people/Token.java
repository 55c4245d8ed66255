package dev.newsdigest.digest.people;

/**
 * A word of the article as the people stage sees it.
 *
 * @param index         position among the article's tokens
 * @param start         offset in the article text
 * @param end           offset just past the word (an initial's period is not part of it)
 * @param text          the word as written
 * @param capitalised   starts with an upper-case letter
 * @param allCaps       two or more letters, all upper case (США, МИД, NATO): an acronym, never a name
 * @param initial       a single capital letter followed by a period ("А." in "А. Смирнов")
 * @param sentenceStart first word of a sentence, or first after an opening quote, a dash or a colon:
 *                      capitalised there for grammar, not because it is a name
 * @param joined        only spaces (or an initial's period) separate it from the previous token on one line
 * @param inTitle       inside a short quoted title («Северный поток», "Комментарии"), where names are not people
 */
record Token(int index, int start, int end, String text, boolean capitalised, boolean allCaps, boolean initial,
             boolean sentenceStart, boolean joined, boolean inTitle) {

    boolean nameLike() {
        return capitalised && !allCaps;
    }
}
