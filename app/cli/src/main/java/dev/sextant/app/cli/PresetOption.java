package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import picocli.CommandLine.Option;

/** {@code --preset NAME}, shared by {@code backtest}, {@code scan}, {@code optimize} and {@code walkforward}. */
final class PresetOption {

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from a preset (see ./sextant preset list): its strategy, params, sizing, positions, fills,"
                    + " exits, account and entry rules; options given explicitly override its values.")
    String name;

    /** The named preset over the options the user gave, or {@link PresetOverlay#none} without {@code --preset}. */
    PresetOverlay overlay(AppContext ctx, picocli.CommandLine.ParseResult given) {
        return name == null ? PresetOverlay.none(given) : new PresetOverlay(ctx.research().presets().get(name), given);
    }
}
