package dev.newsdigest.digest.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.digest.ArticleInput;
import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.DigestEngine;
import dev.newsdigest.digest.Quote;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PolNeAR (English, 840 articles, measurement only: read from {@code ../shared/data}, never copied) scored with
 * score.py's quote rules, through the engine the project ships ({@link DigestEngine#create()}: the people engine
 * and the quote finder together, as {@code newsdigest digest} runs them). Pronoun speakers are not annotated
 * there, so only named speakers are judged.
 */
class QuotePolnearTest {
    /**
     * Floors at the level reached when this test was written (quotes_f1 0.953, attribution 0.902), rounded down
     * to the targets; raise them, never lower them.
     */
    private static final double MIN_F1 = 0.95;
    private static final double MIN_ATTRIBUTION = 0.90;

    @Test
    void polnearEnglishQuotesAndSpeakers() throws IOException {
        Path corpus = sharedData("quotes-polnear-en.jsonl");
        assumeTrue(corpus != null, "../shared/data/quotes-polnear-en.jsonl is absent: PolNeAR quote test skipped");
        ObjectMapper json = new ObjectMapper();
        DigestEngine engine = DigestEngine.create();
        QuoteScore score = new QuoteScore();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec = json.readTree(line);
                Digest d = engine.digest(ArticleInput.ofText("polnear-" + n++, rec.get("text").asText()));
                List<QuoteScore.Pred> preds = new ArrayList<>();
                for (Quote q : d.quotes()) {
                    assertThat(d.text().substring(q.start(), q.end())).isEqualTo(q.text());
                    if (q.kind() == Quote.Kind.DIRECT) {
                        preds.add(new QuoteScore.Pred(q.text(), q.speaker()));
                    }
                }
                List<QuoteScore.Gold> golds = new ArrayList<>();
                rec.get("quotes").forEach(q -> golds.add(new QuoteScore.Gold(q.get("text").asText(),
                        q.get("speaker").isNull() ? null : q.get("speaker").asText())));
                List<QuoteScore.Gold> optional = new ArrayList<>();
                rec.get("optional_quotes").forEach(q -> optional.add(new QuoteScore.Gold(q.get("text").asText(), null)));
                score.addPartial(golds, optional, preds);
            }
        }
        System.out.println("polnear: " + score);
        assertThat(score.f1()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(score.attribution()).isGreaterThanOrEqualTo(MIN_ATTRIBUTION);
    }

    /** {@code ../shared/data/NAME} from the repository root (tests run in digest/), or null. */
    static Path sharedData(String name) {
        for (String root : new String[] {"..", "../.."}) {
            Path p = Path.of(root, "..", "shared", "data", name).normalize();
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
