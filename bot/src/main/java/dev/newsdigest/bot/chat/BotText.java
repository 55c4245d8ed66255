package dev.newsdigest.bot.chat;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The bot's own sentences in English, Russian and Ukrainian, from {@code i18n/bot*.properties} (UTF-8, read as
 * such since Java 9). Arguments use {@link MessageFormat}; the values passed are plain text (renderers escape).
 * A key missing in one language falls back to English, never to the JVM's default locale.
 */
public final class BotText {

    private static final String BUNDLE = "i18n.bot";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<BotLanguage, ResourceBundle> bundles = new EnumMap<>(BotLanguage.class);

    public BotText() {
        for (BotLanguage l : BotLanguage.values()) {
            java.util.Locale locale = l == BotLanguage.EN ? java.util.Locale.ROOT : l.locale();
            bundles.put(l, ResourceBundle.getBundle(BUNDLE, locale, BotText.class.getClassLoader(), NO_FALLBACK));
        }
    }

    /** The sentence {@code key} in {@code language} with {@code args} filled in. */
    public String get(BotLanguage language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(language).getString(key);
        } catch (MissingResourceException e) {
            pattern = bundles.get(BotLanguage.EN).getString(key);
        }
        // Always through MessageFormat, so an apostrophe is written '' in every entry, with or without arguments.
        MessageFormat f = new MessageFormat(pattern, language.locale());
        return f.format(args);
    }

    /** True when every language defines the key (tests use it to keep the three files in step). */
    public boolean definedEverywhere(String key) {
        for (ResourceBundle b : bundles.values()) {
            if (!b.keySet().contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Keys of the English bundle, the reference set. */
    public java.util.Set<String> keys() {
        return bundles.get(BotLanguage.EN).keySet();
    }
}
