package dev.newsdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestEngineTest {
    private final DigestEngine engine = DigestEngine.create();

    @Test
    void plainTextArticleGetsTitleAsHeadlineAndLeadAsSummary() {
        String text = "Мэр открыл мост\nМэр открыл мост\n\nФото: пресс-служба\n\nМэр города открыл новый мост через реку."
                + " Движение начнётся завтра.\n\nНапомним, что строительство шло три года.\n\nТеги: мост, мэр\nloader\n";
        Digest d = engine.digest(ArticleInput.ofText("t.txt", text));
        assertThat(d.headline()).isEqualTo("Мэр открыл мост");
        assertThat(d.language()).isEqualTo("ru");
        assertThat(d.summary()).isEqualTo("Мэр города открыл новый мост через реку. Движение начнётся завтра.");
        assertThat(d.text()).doesNotContain("Фото:").doesNotContain("Теги").doesNotContain("loader");
    }

    @Test
    void emptyAndBinaryInputsAreRefusedWithAReason() {
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofBytes("e", new byte[0])))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("empty");
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> engine.digest(ArticleInput.ofBytes("p", pdf)))
                .isInstanceOf(UnreadableArticleException.class).hasMessageContaining("binary");
    }
}
