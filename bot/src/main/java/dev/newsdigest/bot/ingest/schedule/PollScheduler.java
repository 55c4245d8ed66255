package dev.newsdigest.bot.ingest.schedule;

import dev.newsdigest.bot.config.ScheduleConfig;
import dev.newsdigest.bot.config.SourceConfig;
import dev.newsdigest.bot.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with its JDBC job store in the bot's database: one durable job per enabled source with a repeating trigger
 * at the source's interval.
 *
 * <ul>
 *   <li>Jitter: a source's first fire is spread over the first minutes by a hash of its id, so sources do not fire
 *       together; triggers then keep their phase across restarts (they live in the database).</li>
 *   <li>Misfires (the bot was down): fire once now, then continue at the interval - never a burst of catch-up
 *       runs (RELIABILITY C5; Quartz {@code MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT}).</li>
 *   <li>Recovery: jobs request recovery, so a poll cut by a crash runs again at start-up (C1).</li>
 *   <li>A bounded worker pool ({@code schedule.workers}); a failing source backs off inside its job (a skipped fire
 *       costs one query), so it never holds a worker for long.</li>
 *   <li>Clustering-ready: {@code schedule.clustered} turns on Quartz clustering with AUTO instance ids; otherwise
 *       the fixed instance id NON_CLUSTERED lets recovery find the fired triggers of the previous run.</li>
 * </ul>
 */
public final class PollScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);
    static final String GROUP = "poll";
    private static final String SCHEDULER_NAME = "newsdigest";
    private static final Duration FIRST_FIRE_SPREAD = ScheduleConfig.DEFAULT_START_SPREAD;
    private static final AtomicInteger DATA_SOURCES = new AtomicInteger();

    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration startSpread;

    public PollScheduler(Database db, ScheduleConfig config, SourceJobs jobs, Clock clock) {
        this(db, config, jobs, clock, Duration.ofMinutes(1));
    }

    /**
     * @param misfireThreshold how late a fire may be before it counts as missed (then: fire once now); tests shorten it
     */
    PollScheduler(Database db, ScheduleConfig config, SourceJobs jobs, Clock clock, Duration misfireThreshold) {
        this.clock = clock;
        this.startSpread = config.startSpread();
        String dataSourceName = "newsdigest-db-" + DATA_SOURCES.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolConnectionProvider(db.dataSource()));
        try {
            StdSchedulerFactory factory = new StdSchedulerFactory(properties(db, config, dataSourceName, misfireThreshold));
            scheduler = factory.getScheduler();
            scheduler.setJobFactory((bundle, s) -> new PollJob(jobs));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    static Properties properties(Database db, ScheduleConfig config, String dataSourceName, Duration misfireThreshold) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", config.clustered() ? "AUTO" : "NON_CLUSTERED");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.interruptJobsOnShutdownWithWait", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(config.workers()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "poll-worker");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", db.dialect().quartzDelegate());
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(misfireThreshold.toMillis()));
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(config.clustered()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(config.checkinInterval().toMillis()));
        return p;
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the jobs match the enabled sources: new sources get a job, removed or disabled ones lose it, a changed
     * interval gets a new trigger. Unchanged jobs keep their triggers (and so their phase). Idempotent.
     */
    public synchronized void sync(List<SourceConfig> enabled) {
        try {
            Map<String, SourceConfig> wanted = new HashMap<>();
            enabled.forEach(s -> wanted.put(s.id(), s));
            Set<JobKey> existing = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP));
            for (JobKey key : existing) {
                if (!wanted.containsKey(key.getName())) {
                    scheduler.deleteJob(key);
                    log.info("stopped polling {}", key.getName());
                }
            }
            for (SourceConfig s : wanted.values()) {
                JobKey key = JobKey.jobKey(s.id(), GROUP);
                TriggerKey triggerKey = TriggerKey.triggerKey(s.id(), GROUP);
                Trigger current = scheduler.getTrigger(triggerKey);
                if (!existing.contains(key) || current == null) {
                    JobDetail job = JobBuilder.newJob(PollJob.class).withIdentity(key)
                            .usingJobData(PollJob.SOURCE_ID, s.id()).storeDurably().requestRecovery().build();
                    scheduler.addJob(job, true);
                    try {
                        scheduler.scheduleJob(trigger(s, triggerKey, key));
                        log.info("polling {} every {}", s.id(), s.every());
                    } catch (ObjectAlreadyExistsException e) {
                        // Clustered: another instance, syncing the same sources at the same moment, scheduled it.
                        log.debug("{} was scheduled by another instance", s.id());
                    }
                } else if (current instanceof SimpleTrigger st && st.getRepeatInterval() != s.every().toMillis()) {
                    scheduler.rescheduleJob(triggerKey, trigger(s, triggerKey, key));
                    log.info("polling {} now every {}", s.id(), s.every());
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot update the poll jobs: " + e.getMessage(), e);
        }
    }

    private Trigger trigger(SourceConfig s, TriggerKey key, JobKey job) {
        Instant first = clock.instant().plus(jitter(s.id(), s.every(), startSpread));
        return TriggerBuilder.newTrigger().withIdentity(key).forJob(job).startAt(Date.from(first))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(s.every().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build();
    }

    /**
     * A stable offset in [0, min(every, 5 min)) derived from the source id. Public so the start-up benchmark can
     * tell the deliberate first-fire delay from start-up cost.
     */
    public static Duration jitter(String sourceId, Duration every) {
        return jitter(sourceId, every, FIRST_FIRE_SPREAD);
    }

    /** A stable offset in [0, min(every, spread)) derived from the source id. */
    static Duration jitter(String sourceId, Duration every, Duration spread) {
        long window = Math.max(1, Math.min(every.toMillis(), spread.toMillis()));
        long h = sourceId.hashCode() * 0x9E3779B97F4A7C15L;
        return Duration.ofMillis(Math.floorMod(h ^ (h >>> 29), window));
    }

    /** Fires a source's job now, outside its schedule (an admin's "poll now"); it still never runs twice at once. */
    public void pollNow(String sourceId) {
        try {
            scheduler.triggerJob(JobKey.jobKey(sourceId, GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot trigger " + sourceId + ": " + e.getMessage(), e);
        }
    }

    /** The ids of the sources that have a job. */
    public Set<String> scheduledSources() {
        try {
            return scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)).stream().map(JobKey::getName)
                    .collect(java.util.stream.Collectors.toSet());
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the source's trigger fires next, or null. */
    public Instant nextFire(String sourceId) {
        try {
            Trigger t = scheduler.getTrigger(TriggerKey.triggerKey(sourceId, GROUP));
            return t == null || t.getNextFireTime() == null ? null : t.getNextFireTime().toInstant();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes no new fires from now on (the first step of a graceful stop); running polls go on. */
    public void standby() {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            log.warn("scheduler standby: {}", e.getMessage());
        }
    }

    public boolean running() {
        try {
            return scheduler.isStarted() && !scheduler.isShutdown() && !scheduler.isInStandbyMode();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Stops taking new fires, interrupts running polls between items and waits for them (C6), at most 30 s. */
    @Override
    public void close() {
        close(ScheduleConfig.DEFAULT_STOP_TIMEOUT);
    }

    /**
     * Graceful stop (RELIABILITY C6): standby first (no new fires from now on), then {@code shutdown(true)}, which
     * interrupts the running polls (they stop between items, each item being one transaction) and waits for them.
     * The wait is bounded by {@code timeout}: a poll stuck past it is abandoned; its job requests recovery, so the
     * next start or another instance of the cluster runs it again, and storage dedups what it had stored.
     *
     * @return true when every poll stopped within the timeout
     */
    public boolean close(Duration timeout) {
        try {
            scheduler.standby();
        } catch (SchedulerException e) {
            log.warn("scheduler standby: {}", e.getMessage());
        }
        Thread stopper = new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                log.warn("scheduler shutdown: {}", e.getMessage());
            }
        }, "scheduler-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("polls still running after {} s; leaving them to recovery", timeout.toSeconds());
            return false;
        }
        return true;
    }
}
