package dev.newsdigest.bot.cluster;

import java.net.InetAddress;
import java.util.UUID;

/** A name for this process among the instances sharing a database: host, process id and a random suffix. */
public final class InstanceId {
    private static final String ID = make();

    private InstanceId() {}

    public static String get() {
        return ID;
    }

    /** The process id inside an id made here (tests use it to find the process that holds a lease). */
    public static long pidOf(String id) {
        String[] parts = id.split("/");
        return Long.parseLong(parts[parts.length - 2]);
    }

    private static String make() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        if (host.length() > 120) {
            host = host.substring(0, 120);
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
