package dev.sextant.app.ui.paper;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.sextant.app.ui.table.Columns;
import dev.sextant.engine.live.PaperFill;
import dev.sextant.engine.live.PaperSnapshot;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The Paper panel: the paper portfolio of the running replay or live session, updated after each
 * bar: equity, P&amp;L, realised and unrealised P&amp;L, cash; the open positions; the fills.
 */
public final class PaperPanel extends BorderPane {

    public PaperPanel(PaperViewModel vm) {
        getStyleClass().add("paper-panel");
        FlowPane figures = new FlowPane(18, 4,
                figure("Equity", "paper-equity", vm.equity()),
                figure("P&L", "paper-pnl", vm.pnl()),
                figure("Realised", "paper-realised", vm.realised()),
                figure("Unrealised", "paper-unrealised", vm.unrealised()),
                figure("Cash", "paper-cash", vm.cash()));
        figures.setAlignment(Pos.CENTER_LEFT);
        Label asOf = new Label();
        asOf.setId("paper-as-of");
        asOf.getStyleClass().add(Styles.TEXT_MUTED);
        asOf.textProperty().bind(vm.asOf());
        VBox top = new VBox(4, figures, asOf);
        top.setPadding(new Insets(6, 8, 6, 8));
        setTop(top);
        SplitPane tables = new SplitPane(positions(vm), fills(vm));
        tables.setOrientation(Orientation.HORIZONTAL);
        tables.setDividerPositions(0.45);
        setCenter(tables);
    }

    private static Node figure(String name, String id, ObservableValue<String> value) {
        Label title = new Label(name);
        title.getStyleClass().add(Styles.TEXT_MUTED);
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().addAll("paper-figure", Styles.TEXT_BOLD);
        figure.textProperty().bind(value);
        return new VBox(0, title, figure);
    }

    private static TableView<PaperSnapshot.Position> positions(PaperViewModel vm) {
        TableView<PaperSnapshot.Position> table = new TableView<>(vm.positions());
        table.setId("paper-positions");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text("Symbol", 80, PaperSnapshot.Position::symbol),
                Columns.number("Shares", 70, "%.0f", PaperSnapshot.Position::shares),
                Columns.text("Since", 100, p -> PaperViewModel.time(p.entryTime())),
                Columns.number("Entry", 80, "%.2f", PaperSnapshot.Position::entryPrice),
                Columns.number("Last", 80, "%.2f", PaperSnapshot.Position::lastPrice),
                Columns.number("Unrealised", 90, "%+,.2f", PaperSnapshot.Position::unrealizedPnl)));
        table.setPlaceholder(new Label("No open position."));
        return table;
    }

    private static TableView<PaperFill> fills(PaperViewModel vm) {
        TableView<PaperFill> table = new TableView<>(vm.fills());
        table.setId("paper-fills");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text("Time (NY)", 105, f -> PaperViewModel.time(f.execution())),
                Columns.text("Symbol", 80, f -> f.execution().symbol()),
                Columns.text("Side", 50, f -> f.execution().side().name().toLowerCase(Locale.ROOT)),
                Columns.number("Shares", 70, "%.0f", f -> f.execution().shares()),
                Columns.number("Price", 80, "%.2f", f -> f.execution().price()),
                Columns.text("Reason", 100, f -> f.execution().reason() == null ? ""
                        : f.execution().reason().name().toLowerCase(Locale.ROOT)),
                Columns.text("P&L", 90, PaperViewModel::fillPnl)));
        table.setPlaceholder(new Label("No fill yet."));
        return table;
    }
}
