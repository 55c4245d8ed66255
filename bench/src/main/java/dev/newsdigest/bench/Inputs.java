package dev.newsdigest.bench;

import dev.newsdigest.bot.app.bench.GeneratedNews;
import dev.newsdigest.bot.app.bench.GeneratedPages;
import dev.newsdigest.bot.app.bench.SharedCorpora;
import dev.newsdigest.digest.ArticleInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The benchmark inputs by name: generated texts and pages (always), and the evaluation corpora from
 * {@code ../shared/data} (or {@code -Dnewsdigest.data=DIR}) when present. The same generators and seeds as
 * {@code newsdigest bench}, so both report on the same inputs.
 */
final class Inputs {
    static final String TEXT_3K = "text-3k";
    static final String HTML_100K = "html-100k";

    private Inputs() {}

    static List<ArticleInput> of(String name) {
        switch (name) {
            case TEXT_3K:
                return GeneratedNews.articles(150, 3000, 1).stream()
                        .map(a -> ArticleInput.ofText("generated:" + a.language(), a.asText())).toList();
            case HTML_100K:
                return pages().stream().map(p -> ArticleInput.ofBytes("generated.html", p.bytes())).toList();
            default:
                Map<String, List<ArticleInput>> corpora = SharedCorpora.load(dataDir());
                List<ArticleInput> corpus = corpora.get(name);
                if (corpus == null) {
                    throw new IllegalStateException("corpus " + name + " is absent from " + dataDir().toAbsolutePath()
                            + ": this benchmark is skipped (set -Dnewsdigest.data=DIR to point at ../shared/data)");
                }
                return corpus;
        }
    }

    static List<GeneratedPages.Page> pages() {
        return GeneratedPages.pages(30, 100_000, 2);
    }

    static Path dataDir() {
        String dir = System.getProperty("newsdigest.data");
        return dir != null ? Path.of(dir) : SharedCorpora.defaultDir();
    }
}
