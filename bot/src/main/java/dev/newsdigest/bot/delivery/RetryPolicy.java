package dev.newsdigest.bot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try again after a definite, temporary failure (5xx, network down): exponential backoff from
 * {@code base}, doubled per attempt, capped at {@code cap}, with jitter (a random 50–100 % of the step) so
 * thousands of rows do not retry in lockstep; given up after {@code giveUpAfter} since the row was queued (D6, D8).
 */
public record RetryPolicy(Duration base, Duration cap, Duration giveUpAfter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofHours(24));
    }

    public Duration delay(int attempt, RandomGenerator random) {
        long baseMs = base.toMillis();
        long step = attempt >= 30 ? cap.toMillis() : Math.min(cap.toMillis(), baseMs << Math.max(0, attempt - 1));
        return Duration.ofMillis(step / 2 + (long) (random.nextDouble() * (step / 2.0)));
    }

    public boolean givesUp(Instant createdAt, Instant now) {
        return Duration.between(createdAt, now).compareTo(giveUpAfter) > 0;
    }
}
