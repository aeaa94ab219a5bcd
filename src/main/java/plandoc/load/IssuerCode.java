package plandoc.load;

import java.util.regex.Pattern;

/**
 * The issuer's identifier in the e-document system (mã định danh, Decree 30 Phụ lục VI; QCVN
 * 102:2016): 13 characters, upper-case letters, digits and dots, e.g. {@code 000.00.00.H25}.
 */
final class IssuerCode {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9.]{13}");

    private IssuerCode() {
    }

    static boolean isValid(String code) {
        return SHAPE.matcher(code).matches();
    }
}
