package dev.newsdigest.bot.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.digest.Digest;

/**
 * Stores the engine's {@link Digest} as JSON exactly as the engine returned it (Jackson maps the records field by
 * field, so fields the engine gains later are stored without a change here) and reads it back as a {@link Digest}
 * for export and chat posts. Unknown fields in old rows are ignored, missing ones take Java defaults.
 */
public final class DigestCodec {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    private DigestCodec() {}

    public static String toJson(Digest digest) {
        try {
            return JSON.writeValueAsString(digest);
        } catch (JsonProcessingException e) {
            throw new StorageException("cannot write digest as JSON: " + e.getMessage(), e);
        }
    }

    public static Digest fromJson(String json) {
        try {
            return JSON.readValue(json, Digest.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored digest is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
