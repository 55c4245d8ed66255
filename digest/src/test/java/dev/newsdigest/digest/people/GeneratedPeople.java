package dev.newsdigest.digest.people;

import com.github.petrovich4j.Case;
import com.github.petrovich4j.NameType;
import com.github.petrovich4j.Petrovich;
import com.ibm.icu.text.Transliterator;
import dev.newsdigest.digest.people.PersonMatcher.KnownPerson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Random known people and random queries for them, for comparing {@link PeopleDirectory} with {@link PersonMatcher}.
 * Names come from Datafaker's Russian, Ukrainian and English name lists (already on the classpath for
 * {@code EnglishGivenNames}), so surnames are real dictionary words that inflect (petrovich4j gives their cases)
 * and many lie a letter or two apart (Иванов, Иванова, Ивашов), which is what typo matching has to sort out.
 * Queries are what users type: names and aliases, surnames alone, inflected, transliterated, Ukrainian spellings,
 * typos in either script, wrong first names, strangers and junk.
 */
final class GeneratedPeople {
    private static final Petrovich PETROVICH = new Petrovich();
    private static final Map<String, List<String>> RU = lists("/ru.yml");
    private static final Map<String, List<String>> UK = lists("/uk.yml");
    private static final Map<String, List<String>> EN = lists("/en/name.yml");
    private static final String CYRILLIC_LETTERS = "абвгдежзийклмнопрстуфхцчшщыьэюяёіїєґ";
    private static final String LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final Random random;
    private final Transliterator ruLatin = Transliterator.getInstance("Russian-Latin/BGN");
    private final Transliterator ukLatin = Transliterator.getInstance("Ukrainian-Latin/BGN");
    private final Transliterator latinCyrillic = Transliterator.getInstance("Latin-Cyrillic");

    GeneratedPeople(long seed) {
        this.random = new Random(seed);
    }

    /** One person: a name in one language, a key (often left to be derived), and the forms an article showed. */
    KnownPerson person() {
        int lang = random.nextInt(3);
        boolean female = random.nextBoolean();
        String surname = surname(lang, female);
        String first = firstName(lang, female);
        String name = switch (random.nextInt(6)) {
            case 0 -> surname;
            case 1 -> first.charAt(0) + ". " + surname;
            case 2 -> lang == 2 ? first + " " + pick(EN.get("male_first_name")) + " " + surname
                    : first + " " + middleName(lang, female) + " " + surname;
            default -> first + " " + surname;
        };
        List<String> aliases = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            aliases.add(variant(lang, female, first, surname));
        }
        String key = switch (random.nextInt(10)) {
            case 0, 1, 2, 3, 4 -> null;
            case 5 -> NameKeys.key(pick(aliases.isEmpty() ? List.of(name) : aliases));
            case 6 -> NameKeys.key(surname(random.nextInt(3), random.nextBoolean())); // a key that is not its name's
            default -> NameKeys.key(name);
        };
        return new KnownPerson(name, key, aliases);
    }

    List<KnownPerson> people(int n) {
        List<KnownPerson> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Now and then the same person again, or someone of the same name: PersonMatcher sees duplicates too.
            if (!out.isEmpty() && random.nextInt(25) == 0) {
                KnownPerson twin = pick(out);
                out.add(random.nextBoolean() ? twin : new KnownPerson(twin.name(), null, List.of()));
            } else {
                out.add(person());
            }
        }
        return out;
    }

    /** A query a user might type, about one of {@code people} or about someone else. */
    String query(List<KnownPerson> people) {
        KnownPerson p = pick(people);
        String surname = lastWord(p.name());
        String written = switch (random.nextInt(16)) {
            case 0 -> p.name();
            case 1 -> p.aliases().isEmpty() ? p.name() : pick(p.aliases());
            case 2 -> surname;
            case 3 -> inflect(surname, random.nextBoolean());
            case 4 -> latin(surname);
            case 5 -> capitalise(NameKeys.key(surname));
            case 6, 7 -> typos(random.nextBoolean() ? surname : latin(surname), 1 + random.nextInt(2));
            case 8 -> typos(capitalise(NameKeys.key(surname)), 1 + random.nextInt(3));
            case 9 -> firstName(random.nextInt(3), random.nextBoolean()) + " " + surname;
            case 10 -> latin(p.name());
            case 11 -> latinCyrillic.transliterate(surname);
            case 12 -> surname(random.nextInt(3), random.nextBoolean());
            case 13 -> typos(surname(random.nextInt(3), random.nextBoolean()), 1);
            case 14 -> junk();
            default -> ukrainianSpelling(p.aliases().isEmpty() ? p.name() : pick(p.aliases()));
        };
        return switch (random.nextInt(8)) {
            case 0 -> written.toLowerCase(Locale.ROOT);
            case 1 -> written.toUpperCase(Locale.ROOT);
            case 2 -> "  " + written.replace(" ", " \t ") + " ";
            default -> written;
        };
    }

    private String variant(int lang, boolean female, String first, String surname) {
        return switch (random.nextInt(7)) {
            case 0 -> surname;
            case 1, 2 -> lang == 2 ? surname + "'s" : inflect(surname, female);
            case 3 -> lang == 2 ? first + " " + surname : inflect(first, female) + " " + inflect(surname, female);
            case 4 -> latin(first + " " + surname);
            case 5 -> lang == 2 ? latinCyrillic.transliterate(surname) : ukrainianSpelling(first + " " + surname);
            default -> first + " " + surname;
        };
    }

    private String surname(int lang, boolean female) {
        return switch (lang) {
            case 0 -> pick(RU.get(female ? "female_last_name" : "male_last_name"));
            case 1 -> pick(UK.get(female ? "female_last_name" : "male_last_name"));
            default -> pick(EN.get("last_name"));
        };
    }

    private String firstName(int lang, boolean female) {
        return switch (lang) {
            case 0 -> pick(RU.get(female ? "female_first_name" : "male_first_name"));
            case 1 -> pick(UK.get(female ? "female_first_name" : "male_first_name"));
            default -> pick(EN.get(female ? "female_first_name" : "male_first_name"));
        };
    }

    private String middleName(int lang, boolean female) {
        return pick((lang == 0 ? RU : UK).get(female ? "female_middle_name" : "male_middle_name"));
    }

    /** A case form of a Cyrillic name part (petrovich4j); Latin words are left as they are. */
    private String inflect(String word, boolean female) {
        if (!word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
            return word;
        }
        Case c = Case.values()[random.nextInt(Case.values().length)];
        String out = PETROVICH.say(word, NameType.LastName, female ? com.github.petrovich4j.Gender.Female
                : com.github.petrovich4j.Gender.Male, c);
        return out == null || out.isBlank() ? word : out;
    }

    private String latin(String s) {
        return (random.nextBoolean() ? ruLatin : ukLatin).transliterate(s);
    }

    /** A Russian spelling moved towards Ukrainian letters, as Ukrainian outlets write Russian names (Пєсков). */
    private static String ukrainianSpelling(String s) {
        return s.replace('е', 'є').replace('и', 'і').replace('ы', 'и').replace('э', 'е');
    }

    /** {@code n} random edits (substitution, insertion, deletion, transposition) in the word's own script. */
    private String typos(String word, int n) {
        StringBuilder b = new StringBuilder(word);
        String letters = word.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
                ? CYRILLIC_LETTERS : LATIN_LETTERS;
        for (int i = 0; i < n && b.length() > 1; i++) {
            int at = 1 + random.nextInt(b.length() - 1); // keep the capital: users get the first letter right
            char c = letters.charAt(random.nextInt(letters.length()));
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(at, c);
                case 1 -> b.insert(at, c);
                case 2 -> b.deleteCharAt(at);
                default -> {
                    if (at + 1 < b.length()) {
                        char x = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, x);
                    }
                }
            }
        }
        return b.toString();
    }

    private String junk() {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> "42";
            case 3 -> "Д.";
            case 4 -> "-- !!";
            default -> String.valueOf(LATIN_LETTERS.charAt(random.nextInt(26)));
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The name lists of one Datafaker locale file: {@code key: [a, b]} (with or without a YAML anchor) or a block
     * of {@code - "a"} lines; templates ({@code #{...}}) are skipped.
     */
    private static Map<String, List<String>> lists(String resource) {
        InputStream in = GeneratedPeople.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " (net.datafaker:datafaker) is not on the test classpath");
        }
        Map<String, List<String>> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> block = null;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                int colon = t.indexOf(':');
                if (t.startsWith("- ") && block != null) {
                    add(block, t.substring(2));
                } else if (colon > 0 && t.substring(0, colon).matches("[a-z_]+")) {
                    String rest = t.substring(colon + 1).strip().replaceFirst("^&\\w+\\s*", "");
                    block = new ArrayList<>();
                    out.putIfAbsent(t.substring(0, colon), block);
                    if (rest.startsWith("[") && rest.endsWith("]")) {
                        for (String v : rest.substring(1, rest.length() - 1).split(",")) {
                            add(block, v);
                        }
                        block = null;
                    }
                } else {
                    block = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private static void add(List<String> list, String raw) {
        String v = raw.strip().replace("\"", "");
        if (!v.isEmpty() && !v.contains("#{")) {
            list.add(v);
        }
    }
}
