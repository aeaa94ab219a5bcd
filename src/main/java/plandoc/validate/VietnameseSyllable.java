package plandoc.validate;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/**
 * Whether a lower-case word can be a Vietnamese syllable: an onset, an optional glide, a nucleus,
 * an optional coda and one tone, in the combinations the orthography allows (k/gh/ngh only before
 * i, e, ê, y; c/g/ng never there; q only before u; a stop coda c, ch, p, t only with the sắc or nặng
 * tone). The rimes (glide + nucleus + coda) are the closed list of the standard orthography.
 */
final class VietnameseSyllable {
    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr",
            "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");

    private static final Set<String> RIMES = Set.of(
            // no glide
            "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
            "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
            "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
            "e", "ec", "em", "en", "eng", "eo", "ep", "et",
            "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu",
            "i", "ich", "im", "in", "inh", "ip", "it", "iu", "ia", "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
            "y", "yêm", "yên", "yêng", "yêt", "yêu",
            "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
            "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
            "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
            "u", "uc", "ui", "um", "un", "ung", "up", "ut", "ua", "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
            "ư", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu", "ưa", "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
            // glide o
            "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
            "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oen", "oeo", "oet",
            // glide u
            "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uy", "uya", "uych", "uyn", "uynh", "uyt", "uyu",
            "uyên", "uyêt", "uơ");

    private static final Set<String> FRONT = Set.of("i", "e", "ê", "y");
    private static final Set<String> STOPS = Set.of("c", "ch", "p", "t");

    private VietnameseSyllable() {
    }

    /** {@code word} in lower case, NFC. */
    static boolean isSyllable(String word) {
        String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
        int tone = 0;
        int tones = 0;
        StringBuilder base = new StringBuilder();
        for (char c : nfd.toCharArray()) {
            switch (c) {
                case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' -> {
                    tones++;
                    tone = c;
                }
                default -> base.append(c);
            }
        }
        if (tones > 1) {
            return false;
        }
        String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String onset : ONSETS) {
            if (plain.startsWith(onset) && fits(onset, plain.substring(onset.length()), tone)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String onset, String rime, int tone) {
        if (onset.equals("gi") && (rime.isEmpty() || !RIMES.contains(rime) && RIMES.contains("i" + rime))) {
            return stopToneOk("i" + rime, tone); // "gì", "gìn": the i of gi is the nucleus
        }
        if (onset.equals("qu")) {
            // "qua", "quốc", "quyết": u is the glide; the rest is a rime of its own (never u, ư).
            return !rime.isEmpty() && !rime.startsWith("u") && !rime.startsWith("ư") && RIMES.contains(rime)
                    && stopToneOk(rime, tone);
        }
        if (!RIMES.contains(rime)) {
            return false;
        }
        String first = rime.substring(0, 1);
        switch (onset) {
            case "k", "gh", "ngh" -> {
                if (!FRONT.contains(first) || onset.length() > 1 && first.equals("y")) {
                    return false;
                }
            }
            case "c", "g", "ng" -> {
                if (FRONT.contains(first)) {
                    return false;
                }
            }
            default -> {
            }
        }
        return stopToneOk(rime, tone);
    }

    /** A rime ending in c, ch, p or t takes only the sắc or nặng tone. */
    private static boolean stopToneOk(String rime, int tone) {
        for (String stop : STOPS) { // a loop, not a stream: it runs for every word of a cold check (issue 17)
            if (rime.endsWith(stop)) {
                return tone == '\u0301' || tone == '\u0323';
            }
        }
        return true;
    }
}
