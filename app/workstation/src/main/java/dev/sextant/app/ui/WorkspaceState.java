package dev.sextant.app.ui;

import dev.sextant.app.ui.marks.ChartMarks;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.TaskRunner;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.Timeframe;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The workspace's shared selection (symbol, timeframe, chart marks) and services, handed to every panel. */
public final class WorkspaceState implements PanelContext {

    private final StringProperty symbol = new SimpleStringProperty(this, "symbol");
    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(this, "timeframe", Timeframe.DAILY);
    private final ObjectProperty<ChartMarks> marks = new SimpleObjectProperty<>(this, "marks");
    private final BarRepository bars;
    private final TaskRunner tasks;

    public WorkspaceState(BarRepository bars, TaskRunner tasks) {
        this.bars = bars;
        this.tasks = tasks;
    }

    @Override
    public StringProperty symbol() {
        return symbol;
    }

    @Override
    public ObjectProperty<Timeframe> timeframe() {
        return timeframe;
    }

    /** Trades or signals the chart marks on their symbol; null when none are chosen. */
    public ObjectProperty<ChartMarks> marks() {
        return marks;
    }

    @Override
    public BarRepository bars() {
        return bars;
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }
}
