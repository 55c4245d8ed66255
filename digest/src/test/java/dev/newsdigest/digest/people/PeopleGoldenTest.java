package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: short articles written for these tests ({@code people/golden/NAME.txt}) and the people the whole
 * engine must list for them ({@code NAME.expected.json}: name, key, mentions, role, gender, in digest order).
 */
class PeopleGoldenTest {
    private static final DigestEngine ENGINE = DigestEngine.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ru-ministry", "uk-council", "en-council"})
    void engineListsTheExpectedPeople(String name) throws IOException {
        String article = read("/people/golden/" + name + ".txt");
        Digest digest = ENGINE.digest(ArticleInput.ofText(name + ".txt", article));
        List<String> actual = new ArrayList<>();
        for (Person p : digest.people()) {
            actual.add(row(p.name(), p.key(), p.mentions(), p.role(), p.gender().name()));
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode e : JSON.readTree(read("/people/golden/" + name + ".expected.json"))) {
            expected.add(row(e.get("name").asText(), e.get("key").asText(), e.get("mentions").asInt(),
                    e.get("role").isNull() ? null : e.get("role").asText(), e.get("gender").asText()));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static String row(String name, String key, int mentions, String role, String gender) {
        return name + " | " + key + " | " + mentions + " | " + role + " | " + gender;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PeopleGoldenTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
