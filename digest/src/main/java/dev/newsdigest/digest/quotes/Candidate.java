package dev.newsdigest.digest.quotes;

import dev.newsdigest.digest.Person;

/** A quote in the making: where it is, what its surroundings say, and what was decided about it. */
final class Candidate {
    /** Offset of the opening mark (or dialogue dash); attribution before the quote is read up to here. */
    final int open;
    final int start;
    final int end;
    /** Offset right after the closing mark; attribution after the quote is read from here. */
    final int after;
    final boolean openEnded;
    /** The raw character before the closing mark: English puts the comma inside ("…," she said). */
    final char lastInside;

    Cue cue;
    /** The cue came from the words before the quote and they report it ("ответил, что компания «…»"). */
    boolean reported;
    /** The cue came from an interruption inside the marks or a dialogue line: it certainly attributes. */
    boolean cueInside;
    boolean inherited;
    /** The last speech part of an interrupted quote; attribution after its closing mark may still override. */
    boolean tailOfInterruption;
    boolean partial;
    Person speaker;

    Candidate(int open, int start, int end, int after, boolean openEnded, char lastInside) {
        this.open = open;
        this.start = start;
        this.end = end;
        this.after = after;
        this.openEnded = openEnded;
        this.lastInside = lastInside;
    }

    /** Words before and after the quote attribute it outright (not by inheritance or reported speech). */
    boolean attributedOutright() {
        return cue != null && !reported && !inherited;
    }
}
