package plandoc.diagnostic;

/** Errors fail {@code check} and {@code build}; warnings print and fail only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING
}
