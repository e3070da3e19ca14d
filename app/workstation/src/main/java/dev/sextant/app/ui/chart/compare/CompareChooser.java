package dev.sextant.app.ui.chart.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Chooses a symbol to compare: type-ahead over the stored symbols (those starting with what is typed
 * first, then those containing it), the arrow keys move in the list, Enter or a double click takes the
 * highlighted symbol. It answers the symbol, nothing when cancelled.
 */
public final class CompareChooser extends Dialog<String> {

    private final List<String> symbols;
    private final TextField filter = new TextField();
    private final ListView<String> list = new ListView<>();

    public CompareChooser(Window owner, List<String> symbols) {
        this.symbols = List.copyOf(symbols);
        initOwner(owner);
        setTitle("Compare");
        setHeaderText("Add a symbol to the price pane, as % change from the first visible bar");
        filter.setId("compare-filter");
        filter.setPromptText("Symbol");
        list.setId("compare-choices");
        list.setPrefSize(260, 280);
        Label none = new Label(symbols.isEmpty() ? "No other symbol is stored in this timeframe." : "No symbol matches.");
        list.setPlaceholder(none);
        filter.textProperty().addListener((obs, old, now) -> fill(now));
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (at >= 0 && at < list.getItems().size()) {
                    list.getSelectionModel().select(at);
                    list.scrollTo(at);
                }
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        fill("");
        getDialogPane().setContent(new VBox(6, filter, list));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("compare-ok");
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        setOnShown(e -> Platform.runLater(filter::requestFocus));
    }

    private void fill(String typed) {
        list.getItems().setAll(matches(symbols, typed));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** The symbols matching {@code typed} (ignoring case): those starting with it, then those containing it, each sorted. */
    static List<String> matches(List<String> symbols, String typed) {
        String t = typed.strip().toUpperCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String s : symbols) {
            String u = s.toUpperCase(Locale.ROOT);
            if (u.startsWith(t)) {
                starting.add(s);
            } else if (u.contains(t)) {
                containing.add(s);
            }
        }
        starting.sort(null);
        containing.sort(null);
        starting.addAll(containing);
        return starting;
    }
}
