package dev.newsdigest.digest.quotes;

/** The quotation marks the engine reads and which closing marks end which opening ones. */
final class QuoteMarks {
    private QuoteMarks() {}

    static boolean isMark(char c) {
        return c == '«' || c == '»' || c == '„' || c == '“' || c == '”' || c == '"' || c == '‘' || c == '’'
                || c == '\'';
    }

    static boolean isOpening(char c) {
        return c == '«' || c == '„' || c == '“' || c == '"' || c == '‘' || c == '\'';
    }

    static boolean closes(char open, char close) {
        return switch (open) {
            case '«' -> close == '»';
            // Mixed marks are common where typists and editors meet: “…" and „…" close with a straight mark.
            case '„' -> close == '“' || close == '”' || close == '"';
            case '“' -> close == '”' || close == '“' || close == '"';
            case '”' -> close == '”';
            case '"' -> close == '"' || close == '”';
            case '‘' -> close == '’';
            case '\'' -> close == '\'' || close == '’';
            default -> false;
        };
    }
}
