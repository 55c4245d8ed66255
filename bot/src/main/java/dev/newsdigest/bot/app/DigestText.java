package dev.newsdigest.bot.app;

import dev.newsdigest.digest.Digest;
import dev.newsdigest.digest.Person;
import dev.newsdigest.digest.Quote;

/** A digest as a person reads it in a terminal. */
final class DigestText {
    private DigestText() {}

    static String format(Digest d) {
        StringBuilder b = new StringBuilder();
        b.append(d.headline()).append('\n');
        b.append("(").append(d.language()).append(", ").append(d.source()).append(")\n");
        if (!d.summary().isEmpty()) {
            b.append('\n').append(d.summary()).append('\n');
        }
        if (!d.quotes().isEmpty()) {
            b.append("\nQuotes:\n");
            for (Quote q : d.quotes()) {
                b.append("  «").append(q.text()).append("» — ")
                        .append(q.speaker() == null ? "(unattributed)" : q.speaker());
                if (q.kind() == Quote.Kind.INDIRECT) {
                    b.append(" [reported]");
                }
                b.append('\n');
            }
        }
        if (!d.people().isEmpty()) {
            b.append("\nPeople:\n");
            for (Person p : d.people()) {
                b.append("  ").append(p.name());
                if (p.role() != null) {
                    b.append(", ").append(p.role());
                }
                b.append(" (").append(p.mentions()).append(p.mentions() == 1 ? " mention" : " mentions").append(")\n");
            }
        }
        return b.toString();
    }
}
