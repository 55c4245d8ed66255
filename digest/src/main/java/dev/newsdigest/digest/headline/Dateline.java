package dev.newsdigest.digest.headline;

import java.util.regex.Pattern;

/**
 * The wire-service opening of a lead paragraph, which says where and when but not what:
 * "МОСКВА, 12 ноября — РИА Новости.", "КИЕВ, 5 марта. /ТАСС/.", "WASHINGTON (AP) —", "DECATUR, Ill. —",
 * "MEXICO CITY, Feb. 8 (UPI) —", "Dec 29 (Reuters) -". Headline and summary start after it.
 */
final class Dateline {
    private static final String PLACE = "\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,}){0,3}";
    private static final String STATE = "(?:,\\s*\\p{Lu}\\p{Ll}{1,15}\\.?(?:\\s\\p{Lu}\\p{Ll}+)?)?";
    private static final String DATE = "(?:,?\\s*(?:\\d{1,2}\\s+\\p{L}{3,9}\\.?|\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?";
    private static final String AGENCY_PAREN = "(?:\\s*\\([^()\\n]{2,30}\\))?";
    private static final String AGENCY_SLASH = "\\.?\\s*/[^/\\n]{2,20}/";
    private static final String DASH = "\\s*(?:[—–]|-{1,2})\\s*";
    /** Wire and news-agency names that follow the dash in Russian and Ukrainian datelines. */
    private static final String AGENCY_AFTER = "(?:(?:РИА Новости|ТАСС|Интерфакс|Інтерфакс-Україна|Интерфакс-Украина|"
            + "УНИАН|УНІАН|Укринформ|Укрінформ|РБК|ИТАР-ТАСС|Прайм|INTERFAX\\.RU|RT|Reuters|AP|AFP|UPI|Bloomberg)"
            + "[.,]?\\s+)?";

    /** The lead after a dateline starts like a sentence; "NATO — the alliance — met" has no dateline. */
    private static final String LEAD_STARTS = "(?=[\\p{Lu}\\d«\"“„(])";

    private static final Pattern WIRE = Pattern.compile(
            "^" + PLACE + STATE + DATE + AGENCY_PAREN + "(?:" + DASH + AGENCY_AFTER + "|" + AGENCY_SLASH + "\\.\\s+)"
                    + LEAD_STARTS);
    private static final Pattern DATE_FIRST = Pattern.compile(
            "^\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*\\([^()\\n]{2,30}\\)" + DASH + LEAD_STARTS);

    private Dateline() {}

    /** The paragraph without its dateline; unchanged when it has none or when nothing would be left. */
    static String strip(String paragraph) {
        var m = WIRE.matcher(paragraph);
        int end = m.find() ? m.end() : -1;
        if (end < 0) {
            var d = DATE_FIRST.matcher(paragraph);
            end = d.find() ? d.end() : -1;
        }
        if (end <= 0 || end >= paragraph.length()) {
            return paragraph;
        }
        return paragraph.substring(end);
    }
}
