package dev.sextant.app.ui.watchlist;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** Dragging symbols between panels: what a drag carries, and making a node a drag source of symbols. */
public final class SymbolDrag {

    /** Symbols separated by new lines. */
    public static final DataFormat SYMBOLS = new DataFormat("application/x-sextant-symbols");

    private SymbolDrag() {
    }

    /** Lets the user drag {@code symbols()} (e.g. a table's selected rows) out of {@code source}. */
    public static void source(Node source, Supplier<List<String>> symbols) {
        source.setOnDragDetected(e -> {
            List<String> dragged = symbols.get();
            if (!dragged.isEmpty()) {
                Dragboard board = source.startDragAndDrop(TransferMode.COPY_OR_MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(SYMBOLS, String.join("\n", dragged));
                content.putString(String.join(" ", dragged));
                board.setContent(content);
                e.consume();
            }
        });
    }

    /** The symbols a drag carries; empty when it carries none. */
    public static List<String> symbols(Dragboard board) {
        return board.hasContent(SYMBOLS) ? Arrays.stream(((String) board.getContent(SYMBOLS)).split("\n"))
                .filter(s -> !s.isBlank()).toList() : List.of();
    }
}
