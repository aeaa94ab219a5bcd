package plandoc.sign;

import com.ibm.icu.text.Transliterator;

import java.util.Arrays;
import java.util.List;

/**
 * Whether a certificate's holder name (CN) names the signer the document prints. Vietnamese CAs write
 * the CN upper-case, often without diacritics ("NGUYEN VAN A"), sometimes with an identity number or
 * title set off before or after it ("CMND:0123456789 - Nguyễn Văn A"): so case, diacritics (đ too,
 * which has no Unicode decomposition: ICU's Latin-ASCII maps it) and spacing are ignored, and one part
 * of the CN between digits or punctuation must be the printed name, no more words: "Nguyễn Thiện Nhân"
 * is another person than "Nguyễn Thiện".
 */
final class SignerNames {

    private SignerNames() {
    }

    static boolean same(String certificateName, String printedName) {
        String printed = String.join("", parts(printedName));
        List<String> holder = parts(certificateName);
        // The whole CN too, for a printed name with a hyphen or an apostrophe ("Jean-Pierre").
        return !printed.isEmpty() && (holder.contains(printed) || String.join("", holder).equals(printed));
    }

    /** The name's parts between digits and punctuation, each in plain lower-case letters, spaces dropped. */
    private static List<String> parts(String name) {
        // A new instance each call: sign runs once per process, and instances are not shared across threads.
        String plain = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower").transliterate(name);
        return Arrays.stream(plain.split("[^\\p{L}\\s]+")).map(part -> part.replaceAll("\\s+", ""))
                .filter(part -> !part.isEmpty()).toList();
    }
}
