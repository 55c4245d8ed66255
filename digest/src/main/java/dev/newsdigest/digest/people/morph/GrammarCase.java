package dev.newsdigest.digest.people.morph;

/**
 * Grammatical case of a name form. {@link #ANY} marks an indeclinable form (Меркель, Скрипаль for a woman,
 * Гордієнко) that stands for every case.
 */
public enum GrammarCase {
    NOM, GEN, DAT, ACC, INS, PREP, VOC, ANY;

    /** True when a form of this case can be read as {@code other} (ANY agrees with everything). */
    public boolean agrees(GrammarCase other) {
        return this == ANY || other == ANY || this == other;
    }
}
