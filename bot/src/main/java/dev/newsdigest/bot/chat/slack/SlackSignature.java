package dev.newsdigest.bot.chat.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Slack's request signature (https://api.slack.com/authentication/verifying-requests-from-slack):
 * {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body)}, compared in constant time over the raw bytes
 * exactly as received (re-encoding a form body would change it: I1). Timestamps more than five minutes old or in
 * the future are refused; Bolt's own check accepts any future timestamp (I2).
 */
public final class SlackSignature {

    /** How far a request's timestamp may be from our clock, either way. */
    public static final long MAX_SKEW_SECONDS = 5 * 60;

    private final byte[] secret;
    private final Clock clock;

    public SlackSignature(String signingSecret, Clock clock) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Why a request is refused, or {@code null} when it is genuine and fresh. */
    public String refusal(String timestamp, String signature, byte[] rawBody) {
        if (timestamp == null || signature == null) {
            return "missing signature headers";
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return "bad timestamp";
        }
        long now = clock.millis() / 1000;
        if (Math.abs(now - ts) > MAX_SKEW_SECONDS) {
            return "stale or future timestamp";
        }
        byte[] expected = sign(timestamp.strip(), rawBody).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            return "bad signature";
        }
        return null;
    }

    /** The signature Slack would send for this timestamp and body (tests sign their requests with it). */
    public String sign(String timestamp, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
