package dev.newsdigest.bot.delivery;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsdigest.bot.chat.message.Block;
import dev.newsdigest.bot.chat.message.OutgoingMessage;
import dev.newsdigest.bot.chat.message.Span;

/**
 * Stores a platform-neutral message in the outbox as JSON, and reads it back. The message model stays free of
 * Jackson annotations: the type names are attached here with mix-ins. Renaming a block or span type breaks rows
 * already queued, so the names below are fixed strings, not class names.
 */
public final class MessageCodec {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Block.Quotation.class, name = "quotation"),
            @JsonSubTypes.Type(value = Block.Context.class, name = "context"),
            @JsonSubTypes.Type(value = Block.Divider.class, name = "divider")})
    private interface BlockTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Span.Plain.class, name = "plain"),
            @JsonSubTypes.Type(value = Span.Bold.class, name = "bold"),
            @JsonSubTypes.Type(value = Span.Italic.class, name = "italic"),
            @JsonSubTypes.Type(value = Span.Code.class, name = "code"),
            @JsonSubTypes.Type(value = Span.Link.class, name = "link")})
    private interface SpanTypes {
    }

    /** plainText() is derived, not data. */
    private abstract static class NoPlainText {
        @com.fasterxml.jackson.annotation.JsonIgnore
        abstract String plainText();
    }

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addMixIn(Block.class, BlockTypes.class)
            .addMixIn(Span.class, SpanTypes.class)
            .addMixIn(OutgoingMessage.class, NoPlainText.class)
            .addMixIn(Block.Paragraph.class, NoPlainText.class)
            .addMixIn(Block.Quotation.class, NoPlainText.class)
            .addMixIn(Block.Context.class, NoPlainText.class)
            .addMixIn(Block.Divider.class, NoPlainText.class);

    public String encode(OutgoingMessage message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode message", e);
        }
    }

    public OutgoingMessage decode(String text) {
        try {
            return json.readValue(text, OutgoingMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable outbox message: " + e.getOriginalMessage(), e);
        }
    }
}
