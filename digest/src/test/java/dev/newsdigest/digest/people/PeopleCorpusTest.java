package dev.newsdigest.digest.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.digest.Person;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures people extraction on the public corpora in {@code ../shared/data} (repository root relative; not part
 * of the repository) the way {@code shared/eval/score.py} does: a predicted person is right when its surname (last
 * word that is not an initial, ё = е) or its key equals a gold person's, each gold person matched once. Floors
 * sit just under the scores reached, so a change that loses people fails here. Skipped when the folder is absent.
 */
class PeopleCorpusTest {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_']+");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}: people F1 >= {1}")
    @CsvSource({"people-slavicner-ru-uk.jsonl, 0.938", "people-factrueval-ru.jsonl, 0.928"})
    void peopleF1StaysAboveItsFloor(String corpus, double floor) throws IOException {
        Path file = sharedData().resolve(corpus);
        assumeTrue(Files.isRegularFile(file), "corpus " + file + " is absent: skipping the people corpus measurement");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode rec = JSON.readTree(line);
            if (rec.get("people") == null || rec.get("people").isNull()) {
                continue;
            }
            List<String[]> gold = new ArrayList<>();
            for (JsonNode g : rec.get("people")) {
                gold.add(new String[] {surname(g.get("name").asText()), norm(g.path("key").asText(""))});
            }
            PeopleResult found = PeopleTestSupport.find(rec.get("text").asText(), rec.path("lang").asText(null));
            for (Person p : found.people()) {
                String s = surname(p.name());
                String k = norm(p.key());
                String[] hit = null;
                for (String[] g : gold) {
                    if (g[0].equals(s) || (!k.isEmpty() && k.equals(g[1]))) {
                        hit = g;
                        break;
                    }
                }
                if (hit != null) {
                    gold.remove(hit);
                    tp++;
                } else {
                    fp++;
                }
            }
            fn += gold.size();
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf(Locale.ROOT, "%s: people P=%.3f R=%.3f F1=%.3f%n", corpus, precision, recall, f1);
        assertThat(f1).as("people F1 on %s", corpus).isGreaterThanOrEqualTo(floor);
    }

    /** {@code ../shared/data} from the repository root; tests run in the module folder. */
    private static Path sharedData() {
        Path module = Path.of("").toAbsolutePath();
        Path fromModule = module.resolve("../../shared/data").normalize();
        return Files.isDirectory(fromModule) ? fromModule : module.resolve("../shared/data").normalize();
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (char a : new char[] {'\u2019', '\u02bc', '`', '\u00b4', '\u2018'}) {
            n = n.replace(a, '\'');
        }
        return n.strip();
    }

    private static String surname(String name) {
        List<String> all = new ArrayList<>();
        List<String> named = new ArrayList<>();
        Matcher m = WORD.matcher(norm(name));
        while (m.find()) {
            all.add(m.group());
            if (m.group().replace("'", "").length() > 1) {
                named.add(m.group());
            }
        }
        List<String> words = named.isEmpty() ? all : named;
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
