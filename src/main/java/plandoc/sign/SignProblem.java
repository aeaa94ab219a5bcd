package plandoc.sign;

/** A reason not to sign, with the message key and arguments an officer reads; the input file is untouched. */
public final class SignProblem extends Exception {
    private final String key;
    private final transient Object[] args;

    SignProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
