package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.lang.Language;

/**
 * Tells whether a word is a form of a speech verb of the lexicon (сказала, заявив, отметили, said, adds) and
 * what the form says about its subject: gender (сказала: a woman), plural (сообщили: nobody in particular),
 * impersonal (говорится в сообщении: no speaker at all).
 */
final class SpeechVerbs {
    /** What one speech-verb form tells about its speaker. */
    record Verb(String lemma, Gender gender, boolean plural, boolean impersonal, boolean participle) {}

    private final Lexicon lexicon;
    private final Morphology morphology;

    SpeechVerbs(Lexicon lexicon, Morphology morphology) {
        this.lexicon = lexicon;
        this.morphology = morphology;
    }

    /** The speech verb this word is a form of, or null. */
    Verb match(String word) {
        return match(word, false);
    }

    /**
     * @param baseFormAllowed an English base form counts too: the word before it makes it a verb ("went on to
     *                        say", "will tell")
     */
    Verb match(String word, boolean baseFormAllowed) {
        String w = Lexicon.normalise(word);
        if (lexicon.language == Language.RU || lexicon.language == Language.UK) {
            return matchSlavic(w);
        }
        // English base forms are nouns as often as verbs ("the report", "a statement", "comment"); attribution
        // uses inflected forms (said, says, added, noting) and the irregular "put" of "as she put it".
        for (String lemma : EnglishVerbForms.lemmaCandidates(w)) {
            if (lexicon.speechVerbs.contains(lemma) && (!lemma.equals(w) || w.equals("put") || w.equals("hit") || baseFormAllowed)) {
                return new Verb(lemma, Gender.UNKNOWN, false, lexicon.impersonalVerbs.contains(lemma), w.endsWith("ing"));
            }
        }
        return null;
    }

    private Verb matchSlavic(String w) {
        Verb best = null;
        for (Morphology.Reading r : morphology.readings(w)) {
            if (!isVerbTag(r.tag()) || !lexicon.speechVerbs.contains(r.lemma())) {
                continue;
            }
            Verb v = new Verb(r.lemma(), r.gender(), r.plural(), lexicon.impersonalVerbs.contains(r.lemma()),
                    r.tag().startsWith("DPT") || r.tag().startsWith("advp"));
            if (best == null || (best.gender() == Gender.UNKNOWN && v.gender() != Gender.UNKNOWN)) {
                best = v;
            }
        }
        return best;
    }

    private boolean isVerbTag(String tag) {
        return tag.startsWith("VB") || tag.startsWith("DPT") || tag.startsWith("verb") || tag.startsWith("advp");
    }
}
