package dev.sextant.app.ui.form;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text input of a form and its validation message, re-checked on every change: the message is
 * empty while the text is acceptable. The check returns the problem, or an empty string.
 */
public final class ValidatedField {

    private final String label;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Function<String, String> check;

    public ValidatedField(String label, String initial, Function<String, String> check) {
        this.label = label;
        this.check = check;
        text.addListener((obs, old, now) -> validate());
        text.set(initial);
        validate();
    }

    /** A field whose text is accepted when {@code parse} does not throw an {@link IllegalArgumentException}. */
    public static ValidatedField parsed(String label, String initial, Function<String, ?> parse) {
        return new ValidatedField(label, initial, t -> {
            try {
                parse.apply(t);
                return "";
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        });
    }

    /** Checks the text again, for checks that depend on another field. */
    public void revalidate() {
        validate();
    }

    private void validate() {
        String problem = check.apply(text.get() == null ? "" : text.get().trim());
        error.set(problem == null ? "" : problem);
    }

    public String label() {
        return label;
    }

    public StringProperty text() {
        return text;
    }

    /** The trimmed text. */
    public String value() {
        return text.get() == null ? "" : text.get().trim();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public boolean valid() {
        return error.get().isEmpty();
    }
}
