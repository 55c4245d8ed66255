package dev.newsdigest.bot.ingest;

/** What ingestion reports for metrics, beyond each poll's {@link PollOutcome}. */
public interface IngestEvents {

    /** A new story was stored with {@code quotes} quotes. */
    void stored(int quotes);

    /** An article page could not be fetched; {@code reason} is a {@code FailureReason} name. */
    void pageFetchFailed(String reason);

    IngestEvents NONE = new IngestEvents() {
        @Override
        public void stored(int quotes) {}

        @Override
        public void pageFetchFailed(String reason) {}
    };
}
