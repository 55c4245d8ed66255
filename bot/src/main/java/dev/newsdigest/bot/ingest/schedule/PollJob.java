package dev.newsdigest.bot.ingest.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.InterruptableJob;
import org.quartz.JobExecutionContext;

/**
 * The Quartz job of one source. Never two polls of one source at once ({@link DisallowConcurrentExecution}); safe
 * to run twice after a crash (recovery re-runs it), because storage dedups every item. Interrupted on shutdown:
 * the poll stops between items.
 */
@DisallowConcurrentExecution
public final class PollJob implements InterruptableJob {
    static final String SOURCE_ID = "sourceId";

    private final SourceJobs jobs;
    private volatile boolean interrupted;

    public PollJob(SourceJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String sourceId = context.getMergedJobDataMap().getString(SOURCE_ID);
        jobs.poll(sourceId, () -> interrupted || Thread.currentThread().isInterrupted());
    }

    @Override
    public void interrupt() {
        interrupted = true;
    }
}
