package dev.sextant.app.ui.live;

import java.time.LocalDate;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.input.MouseEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The replay's controls in the main tool bar: symbols and session to replay, Replay and Stop,
 * play/pause (Space), one minute forward, the speed (1x to 1000x), a seek slider over the session
 * (forward only) and the replay clock. Refusals and errors go to the status bar's notices.
 */
public final class ReplayControls extends HBox {

    private final Slider seek = new Slider(0, 1, 0);
    private boolean seeking;

    public ReplayControls(ReplayViewModel vm) {
        super(4);
        setId("replay-controls");
        setAlignment(Pos.CENTER_LEFT);
        TextField symbols = new TextField();
        symbols.setId("replay-symbols");
        symbols.setPromptText("Symbols to replay");
        symbols.setPrefColumnCount(8);
        symbols.textProperty().bindBidirectional(vm.symbols());
        symbols.setOnAction(e -> vm.findSessions());
        symbols.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.findSessions();
            }
        });
        ComboBox<LocalDate> session = new ComboBox<>(vm.sessions());
        session.setId("replay-session");
        session.valueProperty().bindBidirectional(vm.session());
        session.setPromptText("Session");
        session.setTooltip(new Tooltip("The session to replay (the first symbol's 1m bars)"));
        Button start = new Button("Replay", new FontIcon(MaterialDesignP.PLAY_BOX_OUTLINE));
        start.setId("replay-start");
        start.setTooltip(new Tooltip("Replay the session's stored 1m bars into the charts, the Crosses panel and a paper portfolio"));
        start.setOnAction(e -> vm.startReplay());
        start.disableProperty().bind(vm.starting());
        Button stop = new Button(null, new FontIcon(MaterialDesignS.STOP));
        stop.setId("replay-stop");
        stop.setTooltip(new Tooltip("Stop the replay"));
        stop.setOnAction(e -> vm.stopReplay());
        stop.disableProperty().bind(vm.running().not());
        ToggleButton play = new ToggleButton(null, new FontIcon(MaterialDesignP.PAUSE));
        play.setId("replay-play");
        play.selectedProperty().bindBidirectional(vm.playing());
        play.graphicProperty().bind(javafx.beans.binding.Bindings.when(vm.playing())
                .then(new FontIcon(MaterialDesignP.PAUSE)).otherwise(new FontIcon(MaterialDesignP.PLAY)));
        play.setTooltip(new Tooltip("Play / pause (Space)"));
        play.disableProperty().bind(vm.running().not());
        Button step = new Button(null, new FontIcon(MaterialDesignS.SKIP_NEXT));
        step.setId("replay-step");
        step.setTooltip(new Tooltip("One minute forward, then paused"));
        step.setOnAction(e -> vm.step());
        step.disableProperty().bind(vm.running().not());
        ComboBox<Double> speed = new ComboBox<>(FXCollections.observableList(ReplayViewModel.SPEEDS));
        speed.setId("replay-speed");
        speed.setPrefWidth(84);
        speed.setValue(vm.speed().get());
        speed.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.speed().set(now);
            }
        });
        speed.setButtonCell(speedCell());
        speed.setCellFactory(l -> speedCell());
        speed.setTooltip(new Tooltip("Replay speed: market minutes per real minute"));
        seek.setId("replay-seek");
        javafx.beans.InvalidationListener range = obs -> { // the slider clamps min, max and value as each is set
            seek.setMax(Math.max(seek.getMax(), vm.end().get()));
            seek.setMin(vm.start().get());
            seek.setMax(vm.end().get());
        };
        vm.start().addListener(range);
        vm.end().addListener(range);
        seek.setPrefWidth(100);
        seek.disableProperty().bind(vm.running().not());
        seek.setTooltip(new Tooltip("Drag forward to seek: the minutes before are played at once"));
        seek.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> seeking = true);
        seek.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(() -> { // after the slider took the value
            seeking = false;
            vm.seek(seek.getValue());
        }));
        vm.position().addListener((obs, old, now) -> {
            if (!seeking) {
                seek.setValue(now.doubleValue());
            }
        });
        Label clock = new Label();
        clock.setId("replay-clock");
        clock.getStyleClass().add("replay-clock");
        clock.textProperty().bind(vm.clock());
        clock.setMinWidth(Label.USE_PREF_SIZE);
        getChildren().addAll(symbols, session, start, stop, play, step, speed, seek, clock);
    }

    private static ListCell<Double> speedCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Double s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : String.format(Locale.ROOT, "%.0fx", s));
            }
        };
    }
}
