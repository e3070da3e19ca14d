package dev.sextant.app.ui.live;

import atlantafx.base.theme.Styles;
import dev.sextant.app.api.MarketStreamFactory;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The live stream's window content: the provider (bundled streams, then plugins'), with its description; the symbols
 * to stream (typed, or a watchlist's); Connect / Disconnect (also Enter: the default button); the stream's state (the status bar's light says the
 * same) and the last message (also in the status bar's notices).
 */
public final class LiveControls extends GridPane {

    /** How wide the state and message lines may get before they wrap. */
    private static final double TEXT_WIDTH = 420;

    /** @param watchlists the names of the stored watchlists (kept current on the FX thread) */
    public LiveControls(LiveViewModel vm, StreamState state, ObservableList<String> watchlists) {
        setId("live-controls");
        getStyleClass().add("live-controls");
        setHgap(8);
        setVgap(8);
        setPadding(new Insets(14));
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(USE_PREF_SIZE);
        getColumnConstraints().addAll(names, grow());

        ComboBox<MarketStreamFactory> provider = new ComboBox<>(vm.providers());
        provider.setId("live-provider");
        provider.valueProperty().bindBidirectional(vm.provider());
        provider.setPromptText("No stream installed");
        provider.setButtonCell(providerCell());
        provider.setCellFactory(l -> providerCell());
        provider.disableProperty().bind(vm.connected().or(vm.busy()));
        provider.setMinWidth(110);
        Label description = new Label();
        description.setId("live-provider-description");
        description.getStyleClass().add(Styles.TEXT_MUTED);
        description.setMinWidth(USE_PREF_SIZE);
        description.textProperty().bind(Bindings.createStringBinding(
                () -> vm.provider().get() == null ? "" : vm.provider().get().description(), vm.provider()));
        addRow(0, new Label("Provider"), new HBox(8, provider, description));

        TextField symbols = new TextField();
        symbols.setId("live-symbols");
        symbols.setPromptText("e.g. SPY, QQQ");
        symbols.setPrefColumnCount(18);
        symbols.textProperty().bindBidirectional(vm.symbols());
        symbols.disableProperty().bind(vm.connected().or(vm.busy()));
        MenuButton fromList = new MenuButton("Watchlist", new FontIcon(MaterialDesignF.FORMAT_LIST_BULLETED));
        fromList.setId("live-watchlist");
        fromList.setTooltip(new Tooltip("Stream the symbols of a watchlist"));
        fromList.getItems().add(disabledItem("No watchlist")); // a menu button without items does not open
        fromList.setOnShowing(e -> fromList.getItems().setAll(watchlists.isEmpty() ? List.of(disabledItem("No watchlist"))
                : watchlists.stream().map(name -> {
                    MenuItem item = new MenuItem(name);
                    item.setOnAction(a -> vm.useWatchlist(name));
                    return item;
                }).toList()));
        fromList.disableProperty().bind(vm.connected().or(vm.busy()));
        fromList.setMinWidth(USE_PREF_SIZE);
        HBox symbolsRow = new HBox(8, symbols, fromList);
        symbolsRow.setAlignment(Pos.CENTER_LEFT);
        addRow(1, new Label("Symbols"), symbolsRow);

        Button connect = new Button();
        connect.setId("live-connect");
        connect.setDefaultButton(true);
        connect.textProperty().bind(Bindings.when(vm.connected()).then("Disconnect").otherwise("Connect"));
        connect.graphicProperty().bind(Bindings.when(vm.connected())
                .then(new FontIcon(MaterialDesignL.LAN_DISCONNECT)).otherwise(new FontIcon(MaterialDesignL.LAN_CONNECT)));
        connect.setTooltip(new Tooltip("Connect to the provider's live stream (a running replay stops first), or disconnect"));
        connect.setOnAction(e -> {
            if (vm.connected().get()) {
                vm.disconnect();
            } else {
                vm.connect();
            }
        });
        connect.disableProperty().bind(vm.busy());
        connect.setMinWidth(USE_PREF_SIZE);
        Label status = new Label();
        status.setId("live-status");
        status.setWrapText(true);
        status.setMaxWidth(TEXT_WIDTH - 140);
        status.textProperty().bind(state.tooltip());
        HBox actions = new HBox(10, connect, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        add(actions, 1, 2);

        Label message = new Label();
        message.setId("live-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(vm.message());
        message.setMaxWidth(TEXT_WIDTH + 80);
        add(message, 0, 3, 2, 1);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static MenuItem disabledItem(String text) {
        MenuItem item = new MenuItem(text);
        item.setDisable(true);
        return item;
    }

    private static ListCell<MarketStreamFactory> providerCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MarketStreamFactory f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.id());
            }
        };
    }
}
