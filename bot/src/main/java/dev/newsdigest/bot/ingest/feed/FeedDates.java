package dev.newsdigest.bot.ingest.feed;

import com.rometools.rome.io.impl.DateParser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * Feed dates: RFC 822 (RSS {@code pubDate}) and RFC 3339 (Atom, {@code dc:date}) with {@code java.time}, which is
 * fast, and anything odd through Rome's lenient {@link DateParser}, which tries a dozen {@code SimpleDateFormat}
 * masks per date and was half of the parse time of an ordinary feed.
 */
final class FeedDates {
    private FeedDates() {}

    /** The instant, or null when the text is no date Rome or java.time can read. */
    static Instant parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        try {
            return twoDigitYear(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            // not strict RFC 822 (e.g. a named zone other than GMT/UT, or no day name)
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // not RFC 3339
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);   // RFC 3339 without offset: UTC, as Rome reads it
        } catch (DateTimeParseException e) {
            // fall through to Rome's masks
        }
        try {
            Date d = DateParser.parseDate(s, Locale.US);
            return d == null ? null : twoDigitYear(d.toInstant());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * RFC 822 itself wrote years with two digits ("01 Mar 26"); java.time and Rome read them as the year 26. Like POSIX
     * {@code strptime %y}, 00–68 mean 20xx and 69–99 mean 19xx.
     */
    private static Instant twoDigitYear(Instant parsed) {
        ZonedDateTime utc = parsed.atZone(ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 0 || year > 99) {
            return parsed;
        }
        return utc.withYear(year + (year <= 68 ? 2000 : 1900)).toInstant();
    }
}
