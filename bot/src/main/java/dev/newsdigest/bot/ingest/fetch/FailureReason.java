package dev.newsdigest.bot.ingest.fetch;

/** Why a fetch failed, in words an admin can act on. */
public enum FailureReason {
    /** Refused before connecting: private/loopback/link-local address, bad scheme (SSRF guard). */
    REFUSED,
    /** Host name does not resolve. */
    DNS,
    /** Connect, read or total deadline exceeded. */
    TIMEOUT,
    /** Connection reset, refused, malformed response. */
    NETWORK,
    /** TLS handshake or certificate failure. */
    TLS,
    /** Body larger than the byte budget (counted after decompression). */
    TOO_LARGE,
    /** 200 with nothing in it. */
    EMPTY,
    /** 429 or 503: come back later (see retryAfter). */
    RATE_LIMITED,
    /** 403 behind a bot-protection challenge page. */
    BLOCKED,
    /** 404 or 410. */
    NOT_FOUND,
    /** Any other 4xx. */
    CLIENT_ERROR,
    /** 5xx. */
    SERVER_ERROR,
    /** More redirects than allowed, or a redirect loop. */
    TOO_MANY_REDIRECTS,
    /**
     * Not fetched: the host already had its limit of requests in flight for the whole wait budget (RELIABILITY
     * L1). Says nothing about the source; the poll is simply tried again later.
     */
    HOST_BUSY,
    /** The body is not a feed we can read (bad XML, HTML at a feed URL, DOCTYPE refused). */
    PARSE_ERROR
}
