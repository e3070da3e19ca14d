package dev.sextant.app.ui.live;

import dev.sextant.app.api.MarketStreamFactory;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The live stream's controls in the main tool bar, after the replay's: the provider (bundled streams and plugins'),
 * the symbols to stream (typed, or a watchlist's), and Connect / Disconnect. Refusals and errors go to the status
 * bar's notices; the stream light shows the connection.
 */
public final class LiveControls extends HBox {

    /** @param watchlists the names of the stored watchlists (kept current on the FX thread) */
    public LiveControls(LiveViewModel vm, ObservableList<String> watchlists) {
        super(4);
        setId("live-controls");
        setAlignment(Pos.CENTER_LEFT);
        ComboBox<MarketStreamFactory> provider = new ComboBox<>(vm.providers());
        provider.setId("live-provider");
        provider.valueProperty().bindBidirectional(vm.provider());
        provider.setPromptText("Provider");
        provider.setButtonCell(providerCell());
        provider.setCellFactory(l -> providerCell());
        provider.setTooltip(new Tooltip("The live market-data stream: the bundled providers, then those of plugins"));
        provider.disableProperty().bind(vm.connected().or(vm.busy()));
        TextField symbols = new TextField();
        symbols.setId("live-symbols");
        symbols.setPromptText("Symbols to stream");
        symbols.setPrefColumnCount(7);
        symbols.textProperty().bindBidirectional(vm.symbols());
        symbols.setOnAction(e -> vm.connect());
        symbols.disableProperty().bind(vm.connected().or(vm.busy()));
        MenuButton fromList = new MenuButton(null, new FontIcon(MaterialDesignF.FORMAT_LIST_BULLETED));
        fromList.setId("live-watchlist");
        fromList.setTooltip(new Tooltip("Stream the symbols of a watchlist"));
        fromList.setOnShowing(e -> fromList.getItems().setAll(watchlists.isEmpty()
                ? java.util.List.of(disabledItem("No watchlist"))
                : watchlists.stream().map(name -> {
                    MenuItem item = new MenuItem(name);
                    item.setOnAction(a -> vm.useWatchlist(name));
                    return item;
                }).toList()));
        fromList.getItems().add(disabledItem("No watchlist")); // a menu button without items does not open
        fromList.disableProperty().bind(vm.connected().or(vm.busy()));
        Button connect = new Button();
        connect.setId("live-connect");
        connect.textProperty().bind(Bindings.when(vm.connected()).then("Disconnect").otherwise("Connect"));
        connect.graphicProperty().bind(Bindings.when(vm.connected())
                .then(new FontIcon(MaterialDesignL.LAN_DISCONNECT)).otherwise(new FontIcon(MaterialDesignL.LAN_CONNECT)));
        connect.setTooltip(new Tooltip("Connect to the provider's live stream (a running replay stops), or disconnect"));
        connect.setOnAction(e -> {
            if (vm.connected().get()) {
                vm.disconnect();
            } else {
                vm.connect();
            }
        });
        connect.disableProperty().bind(vm.busy());
        getChildren().addAll(provider, symbols, fromList, connect);
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
                setTooltip(empty || f == null ? null : new Tooltip(f.description()));
            }
        };
    }
}
