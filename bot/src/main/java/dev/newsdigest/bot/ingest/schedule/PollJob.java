package dev.newsdigest.bot.ingest.schedule;

import dev.newsdigest.bot.ingest.PollOutcome;
import dev.newsdigest.bot.ingest.fetch.FailureReason;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one source. Never two polls of one source at once ({@link DisallowConcurrentExecution}); safe
 * to run twice after a crash (recovery re-runs it), because storage dedups every item. Interrupted on shutdown:
 * the poll stops between items.
 *
 * <p>A poll that found its host busy (our per-host limit, RELIABILITY L1) is not the source's failure and should not
 * wait a whole interval: the job adds a one-off trigger {@link #HOST_BUSY_RETRY} later (one at a time per source).
 */
@DisallowConcurrentExecution
public final class PollJob implements InterruptableJob {
    private static final Logger log = LoggerFactory.getLogger(PollJob.class);
    static final String SOURCE_ID = "sourceId";
    /** Trigger group of the one-off retries, apart from the sources' regular triggers. */
    static final String RETRY_GROUP = "poll-retry";
    /** The host kept two requests in flight for a whole deadline; give it a minute before trying again. */
    static final Duration HOST_BUSY_RETRY = Duration.ofMinutes(1);

    private final SourceJobs jobs;
    private final Duration hostBusyRetry;
    private volatile boolean interrupted;

    public PollJob(SourceJobs jobs) {
        this(jobs, HOST_BUSY_RETRY);
    }

    PollJob(SourceJobs jobs, Duration hostBusyRetry) {
        this.jobs = jobs;
        this.hostBusyRetry = hostBusyRetry;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String sourceId = context.getMergedJobDataMap().getString(SOURCE_ID);
        PollOutcome outcome = jobs.poll(sourceId, () -> interrupted || Thread.currentThread().isInterrupted());
        if (!interrupted && isHostBusy(outcome)) {
            retrySoon(context, sourceId);
        }
    }

    static boolean isHostBusy(PollOutcome o) {
        return o != null && o.status() == PollOutcome.Status.SKIPPED && FailureReason.HOST_BUSY.name().equals(o.reason());
    }

    private void retrySoon(JobExecutionContext context, String sourceId) {
        JobKey job = context.getJobDetail().getKey();
        try {
            Scheduler scheduler = context.getScheduler();
            for (Trigger t : scheduler.getTriggersOfJob(job)) {
                if (RETRY_GROUP.equals(t.getKey().getGroup()) && !t.getKey().equals(context.getTrigger().getKey())) {
                    return;   // a retry is already waiting
                }
            }
            // A fresh name each time: the trigger firing now may itself be a retry, which Quartz deletes when done.
            Trigger retry = TriggerBuilder.newTrigger()
                    .withIdentity(sourceId + "@" + System.nanoTime(), RETRY_GROUP)
                    .forJob(job)
                    .startAt(Date.from(Instant.now().plus(hostBusyRetry)))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            scheduler.scheduleJob(retry);
            log.debug("{}: host busy, polling again in {} s", sourceId, hostBusyRetry.toSeconds());
        } catch (SchedulerException e) {
            log.warn("{}: cannot schedule a retry after a busy host: {}", sourceId, e.getMessage());
        }
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }
}
