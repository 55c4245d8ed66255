package dev.newsdigest.bot.testing;

import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Gender;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;
import java.util.List;

/** Hand-made digests for storage tests (the engine's own output is exercised by the pipeline tests). */
public final class Digests {
    private Digests() {}

    private static final String BRIDGE = "Officials in %s announced on Tuesday that the long delayed bridge across the"
            + " river will open to traffic next spring, after engineers finished repairs to its damaged supports. The"
            + " regional governor told reporters that the project had cost nearly twice the original estimate because of"
            + " flooding last year and a shortage of steel. Local businesses welcomed the news, saying the closure had"
            + " forced lorries to make a detour of more than forty kilometres. Opposition councillors questioned the new"
            + " budget and demanded an independent audit of the contracts awarded to the builder. The transport ministry"
            + " said a public hearing on the audit would take place in March, and that tolls would not be charged during"
            + " the first year of operation.";
    private static final String FOOTBALL = "The national football team of %s lost its opening match of the tournament on"
            + " Sunday evening, conceding two goals in the final ten minutes after dominating possession for most of the"
            + " game. The coach said his players had lacked concentration and promised changes for the next match"
            + " against the group leaders. Fans who travelled to the stadium booed the team at the final whistle, and"
            + " several pundits called for the captain to be dropped. The federation president defended the coach and"
            + " said there would be no decision on his future until the end of the group stage.";

    private static final String STORM = "A winter storm brought heavy snow and strong winds to %s overnight, closing"
            + " schools and cutting power to thousands of homes. Emergency services said they had received hundreds of"
            + " calls, mostly about fallen trees blocking roads and cars stuck on the motorway. Forecasters warned that"
            + " temperatures would fall further over the weekend and advised people to avoid unnecessary journeys. The"
            + " electricity company said engineers were working through the night and expected most customers to be"
            + " reconnected by Saturday afternoon.";

    /** A third invented text, about a storm. */
    public static String stormText(String place) {
        return String.format(STORM, place);
    }

    /** A long invented news text about a bridge (enough words for a MinHash signature). */
    public static String text(String place) {
        return String.format(BRIDGE, place);
    }

    /** An invented text on another subject: never a near duplicate of {@link #text}. */
    public static String otherText(String place) {
        return String.format(FOOTBALL, place);
    }

    public static Digest digest(String source, String text) {
        String quote = "We will finish the library next year";
        String withQuote = text + " \"" + quote + "\", said Anna Example.";
        int start = withQuote.indexOf(quote);
        return new Digest(source, "en", "Council debates the budget", "The council met.",
                List.of(new Person("Anna Example", "example", 2, List.of("Example", "Anne Example"), "mayor", Gender.FEMALE)),
                List.of(new Quote(quote, "Anna Example", "example", Quote.Kind.DIRECT, start, start + quote.length(), 0)),
                withQuote);
    }
}
