package dev.sextant.app.ui.form;

import java.util.Locale;

/**
 * The rows of {@link ResearchChoices} in a panel's {@link FormGrid}: the strategy row, and the
 * market and date rows the choices ask for. Editors get ids {@code <prefix>-strategy},
 * {@code <prefix>-universe}, {@code <prefix>-symbols} and {@code <prefix>-<date label>}, e.g.
 * {@code backtest-from} or {@code scan-date}.
 */
public final class ResearchChoicesForm {

    private final ResearchChoices choices;
    private final String idPrefix;

    public ResearchChoicesForm(ResearchChoices choices, String idPrefix) {
        this.choices = choices;
        this.idPrefix = idPrefix;
    }

    /** Adds the strategy row to {@code grid}. */
    public FormGrid addStrategy(FormGrid grid) {
        return grid.add("Strategy", FormGrid.choice(idPrefix + "-strategy", choices.strategies(), choices.strategy()));
    }

    /** Adds the strategy row, then the market and date rows, to {@code grid}. */
    public FormGrid addAll(FormGrid grid) {
        return addMarketAndDates(addStrategy(grid));
    }

    /** Adds the universe row, the symbols row (when shown) and the date rows asked for to {@code grid}. */
    public FormGrid addMarketAndDates(FormGrid grid) {
        grid.add("Universe", FormGrid.choice(idPrefix + "-universe", choices.universes(), choices.universe()));
        if (choices.symbolsShown()) {
            grid.add(choices.symbols(), "or symbols: A, B", idPrefix + "-symbols");
        }
        ResearchChoices.Dates dates = choices.dates();
        if (dates.fromLabel() != null) {
            grid.add(choices.from(), dates.toLabel() == null ? "YYYY-MM-DD" : "first bar (YYYY-MM-DD)", id(dates.fromLabel()));
        }
        if (dates.toLabel() != null) {
            grid.add(choices.to(), dates.fromLabel() == null ? "latest (YYYY-MM-DD)" : "last bar (YYYY-MM-DD)", id(dates.toLabel()));
        }
        return grid;
    }

    private String id(String label) {
        return idPrefix + "-" + label.toLowerCase(Locale.ROOT);
    }
}
