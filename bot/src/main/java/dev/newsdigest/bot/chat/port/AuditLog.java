package dev.newsdigest.bot.chat.port;

/** Who did what and whether it was allowed. Implemented in {@code storage} (audit table). */
public interface AuditLog {

    /**
     * @param actor   {@code telegram:12345}, {@code slack:U123}, {@code console}
     * @param action  the command, e.g. {@code /addsource}
     * @param detail  its arguments (never secrets)
     * @param allowed false for a refused attempt (non-admin, I5)
     */
    void record(String actor, String action, String detail, boolean allowed);
}
