package dev.newsdigest.digest.text;

import java.nio.file.Path;

/** Lets tests in other packages find the golden-file folders. */
public final class GoldenFilesAccess {
    private GoldenFilesAccess() {}

    public static Path folder(String name) {
        return GoldenFiles.folder(name);
    }
}
