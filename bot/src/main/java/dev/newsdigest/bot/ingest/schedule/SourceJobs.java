package dev.newsdigest.bot.ingest.schedule;

import dev.newsdigest.bot.ingest.PollOutcome;
import java.util.function.BooleanSupplier;

/** What a poll job does when it fires: look up the source's current configuration and poll it. */
@FunctionalInterface
public interface SourceJobs {
    /** @return the outcome, or null when the source no longer exists or is disabled */
    PollOutcome poll(String sourceId, BooleanSupplier cancelled);
}
