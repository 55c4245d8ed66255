package dev.newsdigest.bot.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Exact content fingerprint for dedup: a hash of the normalised title and text. Near duplicates: {@link MinHash}. */
public final class Fingerprints {
    private Fingerprints() {}

    /** SHA-256 (hex) of the title and text, case and spacing normalised. */
    public static String contentHash(String title, String text) {
        return sha256(normalize(title) + "\n" + normalize(text));
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case words of letters and digits (any script). */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean wordChar = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(s.substring(start, i).replace('ё', 'е'));
                start = -1;
            }
        }
        return out;
    }

    private static String normalize(String s) {
        return s == null ? "" : String.join(" ", words(s));
    }

    /** FNV-1a 64 over UTF-16 units, then the MurmurHash3 finaliser so every input bit moves every output bit. */
    static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
