package dev.newsdigest.bot.config;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in configuration values with environment variables
 * (Commons Text {@link StringSubstitutor}); {@code $${NAME}} stays literal. Substitution runs on each scalar
 * after YAML parsing, so a variable's value can never change the structure of the file, and values that come
 * from the environment are not substituted again.
 */
public final class EnvSubstitution {
    private static final Pattern UNRESOLVED = Pattern.compile("variable '([^']*)'");
    private final StringSubstitutor substitutor;

    public EnvSubstitution(Map<String, String> environment) {
        Objects.requireNonNull(environment);
        substitutor = new StringSubstitutor(StringLookupFactory.INSTANCE.functionStringLookup(environment::get));
        substitutor.setEnableUndefinedVariableException(true);
        substitutor.setDisableSubstitutionInValues(true);
    }

    public static EnvSubstitution ofSystem() {
        return new EnvSubstitution(System.getenv());
    }

    /** @throws IllegalArgumentException naming the variable that is not set and has no default */
    public String apply(String value) {
        if (value == null || !value.contains("${")) {
            return value;
        }
        try {
            return substitutor.replace(value);
        } catch (IllegalArgumentException e) {
            Matcher m = UNRESOLVED.matcher(String.valueOf(e.getMessage()));
            String name = m.find() ? m.group(1) : "?";
            throw new IllegalArgumentException("environment variable " + name + " is not set (write ${" + name
                    + ":-default} to give a default)");
        }
    }
}
