package io.trustwatch.sample;

import java.util.List;
import java.util.Random;

/**
 * How one customer types: real people are consistent about keyboard habits (no Turkish letters on a
 * foreign phone, everything in lower case, no final full stop, emoji or none), so the habit belongs to
 * the customer and is applied to every post they write.
 */
public record WritingStyle(boolean lowerCase, boolean dropsFinalStop, double emojiRate, boolean plainLetters, double typoRate) {

    private static final List<String> POSITIVE_EMOJI = List.of("😍", "👍", "🙏", "❤️", "😊", "🔥", "👏", "💯");
    private static final List<String> NEGATIVE_EMOJI = List.of("😡", "🤬", "👎", "😤", "😞", "💔", "🙄", "😠");
    private static final List<String> NEUTRAL_EMOJI = List.of("🤔", "🙂", "🤷");

    static WritingStyle draw(String lang, Random rnd) {
        boolean lower = !lang.equals("ar") && rnd.nextDouble() < 0.15;
        boolean dropStop = rnd.nextDouble() < 0.35;
        double emoji = rnd.nextDouble() < 0.45 ? 0.25 + rnd.nextDouble() * 0.4 : 0.0;
        // Turkish typed on a keyboard without ç ğ ı ö ş ü; Arabic with ه for ة and bare alef.
        boolean plain = (lang.equals("tr") && rnd.nextDouble() < 0.4) || (lang.equals("ar") && rnd.nextDouble() < 0.5);
        double typo = rnd.nextDouble() < 0.3 ? 0.15 : 0.03;
        return new WritingStyle(lower, dropStop, emoji, plain, typo);
    }

    /** Applies this customer's habits to a clean sentence. */
    String apply(String text, String lang, String sentiment, Random rnd) {
        String out = text;
        if (plainLetters) {
            out = lang.equals("tr") ? withoutTurkishLetters(out) : lang.equals("ar") ? relaxedArabic(out) : out;
        }
        if (rnd.nextDouble() < typoRate) {
            out = swapLetters(out, rnd);
        }
        if (lowerCase) {
            out = out.toLowerCase(java.util.Locale.ROOT);
        }
        if (dropsFinalStop && (out.endsWith(".") || out.endsWith("。")) && !out.endsWith("..")) {
            out = out.substring(0, out.length() - 1);
        }
        if (rnd.nextDouble() < emojiRate) {
            List<String> set = switch (sentiment) {
                case "positive" -> POSITIVE_EMOJI;
                case "negative" -> NEGATIVE_EMOJI;
                default -> NEUTRAL_EMOJI;
            };
            String e = set.get(rnd.nextInt(set.size()));
            out = out + " " + (rnd.nextInt(4) == 0 ? e + e : e);
        }
        return out;
    }

    static String withoutTurkishLetters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case 'ç' -> 'c'; case 'Ç' -> 'C';
                case 'ğ' -> 'g'; case 'Ğ' -> 'G';
                case 'ı' -> 'i'; case 'İ' -> 'I';
                case 'ö' -> 'o'; case 'Ö' -> 'O';
                case 'ş' -> 's'; case 'Ş' -> 'S';
                case 'ü' -> 'u'; case 'Ü' -> 'U';
                default -> c;
            });
        }
        return b.toString();
    }

    static String relaxedArabic(String s) {
        String bareAlef = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا');
        return bareAlef.replaceAll("ة(?=[\\s\\p{Punct}،؟!]|$)", "ه");
    }

    /** Swaps two neighbouring letters inside one longer word, the most common slip of the thumb. */
    static String swapLetters(String s, Random rnd) {
        String[] words = s.split(" ");
        for (int attempt = 0; attempt < 5; attempt++) {
            int w = rnd.nextInt(words.length);
            String word = words[w];
            if (word.length() >= 5 && word.chars().allMatch(Character::isLetter)) {
                int i = 1 + rnd.nextInt(word.length() - 3);
                char[] cs = word.toCharArray();
                char t = cs[i];
                cs[i] = cs[i + 1];
                cs[i + 1] = t;
                words[w] = new String(cs);
                return String.join(" ", words);
            }
        }
        return s;
    }
}
