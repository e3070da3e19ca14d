package dev.sextant.app.plugins;

/** Turns a plugin's exception into one line for the log and {@code plugins list}. */
final class Problems {

    private Problems() {
    }

    /** {@code ExceptionClass: message}, followed by the root cause when there is a different one. */
    static String describe(Throwable e) {
        String text = oneLine(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? text : text + " (cause: " + oneLine(root) + ")";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message.replace('\n', ' ');
    }
}
