package dev.sextant.app.cli;

/** A failure caused by what the user asked for; reported as one line, without a stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
