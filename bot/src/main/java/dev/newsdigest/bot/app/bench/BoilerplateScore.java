package dev.newsdigest.bot.app.bench;

import java.util.List;

/**
 * How clean an extraction of a {@link GeneratedPages.Page} is, measured against what was planted:
 * <ul>
 *   <li>recall: the share of the article's sentences found in the extracted text;</li>
 *   <li>leak: the share of planted non-article sentences (cookie notice, teasers, comments, captions, ...) found
 *       in it.</li>
 * </ul>
 * Texts are compared as lower-case words (letters and digits only), so punctuation, quote marks and line breaks
 * an extractor adds or drops do not matter; a sentence counts when its words occur contiguously.
 */
public record BoilerplateScore(int articleSentences, int articleFound, int boilerplateSentences, int boilerplateFound) {

    public static BoilerplateScore of(GeneratedPages.Page page, String extracted) {
        String text = words(extracted == null ? "" : extracted);
        List<String> article = page.article().sentences();
        int found = 0;
        for (String s : article) {
            if (text.contains(words(s))) {
                found++;
            }
        }
        int leaked = 0;
        for (String s : page.boilerplate()) {
            if (text.contains(words(s))) {
                leaked++;
            }
        }
        return new BoilerplateScore(article.size(), found, page.boilerplate().size(), leaked);
    }

    public BoilerplateScore plus(BoilerplateScore o) {
        return new BoilerplateScore(articleSentences + o.articleSentences, articleFound + o.articleFound,
                boilerplateSentences + o.boilerplateSentences, boilerplateFound + o.boilerplateFound);
    }

    public static BoilerplateScore zero() {
        return new BoilerplateScore(0, 0, 0, 0);
    }

    public double recall() {
        return articleSentences == 0 ? 0 : (double) articleFound / articleSentences;
    }

    public double leak() {
        return boilerplateSentences == 0 ? 0 : (double) boilerplateFound / boilerplateSentences;
    }

    /** " word word word " with single spaces around every word, so containment never matches half a word. */
    static String words(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append(' ');
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                char lower = Character.toLowerCase(c);
                b.append(lower == 'ё' ? 'е' : lower);
                space = false;
            } else if (!space && c != '\'' && c != '’' && c != '\u00AD') {
                b.append(' ');
                space = true;
            }
        }
        if (!space) {
            b.append(' ');
        }
        return b.toString();
    }
}
