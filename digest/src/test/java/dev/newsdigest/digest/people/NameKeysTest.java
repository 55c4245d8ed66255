package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest
    @CsvSource({
            "Песков, peskov", "Пєсков, peskov", "Peskov, peskov", "Дмитрий Песков, peskov", "Dmitry Peskov, peskov",
            "Д. Песков, peskov", "Зеленский, zelenski", "Зеленський, zelenski", "Zelensky, zelenski",
            "Zelenskyy, zelenski", "Гордієнко, gordienko", "Gordienko, gordienko", "Воробьёв, vorobev",
            "Воробьев, vorobev", "O'Brien, obrien", "Путин, putin"})
    void oneKeyForEverySpellingOfAName(String spelling, String key) {
        assertThat(NameKeys.key(spelling)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Захаров, zaharov", "Захарова, zaharova"})
    void feminineSurnamesKeepTheirOwnKey(String spelling, String key) {
        assertThat(NameKeys.key(spelling)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void blankNamesHaveAnEmptyKey() {
        assertThat(NameKeys.key("  ")).isEmpty();
        assertThat(NameKeys.key(null)).isEmpty();
    }
}
