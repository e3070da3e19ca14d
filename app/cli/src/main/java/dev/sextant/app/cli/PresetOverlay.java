package dev.sextant.app.cli;

import dev.sextant.app.research.Preset;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import picocli.CommandLine.ParseResult;

/**
 * A preset under the options a user gave: an option matched on the command line wins, else the preset's value, else
 * the option's default. Without a preset every option keeps its own value.
 *
 * @param preset the preset, or null for none
 * @param given what picocli matched on this command line
 */
record PresetOverlay(Preset preset, ParseResult given) {

    static PresetOverlay none(ParseResult given) {
        return new PresetOverlay(null, given);
    }

    /** The option's value when given or without a preset, else the preset's. */
    <T> T pick(String option, T optionValue, Function<Preset, T> presetValue) {
        return preset == null || given.hasMatchedOption(option) ? optionValue : presetValue.apply(preset);
    }

    /**
     * The strategy: {@code --strategy} or the preset's.
     *
     * @throws UserError without either, or when {@code --strategy} names another strategy than the preset's (whose
     *         params would not apply)
     */
    String strategy(String option) {
        if (preset == null) {
            if (option == null) {
                throw new UserError("say which strategy: --strategy ID or --preset NAME (see ./sextant strategies, ./sextant preset list)");
            }
            return option;
        }
        if (option != null && !option.equals(preset.strategy())) {
            throw new UserError("--strategy " + option + " is not the strategy of preset " + preset.name() + " ("
                    + preset.strategy() + "), whose params apply to it only; drop --strategy or --preset");
        }
        return preset.strategy();
    }

    /** The preset's params with the {@code --param} overrides over them, less those in {@code searched}. */
    Map<String, Object> params(Map<String, Object> overrides, java.util.Set<String> searched) {
        Map<String, Object> all = new TreeMap<>(preset == null ? Map.of() : preset.params());
        all.keySet().removeAll(searched);
        all.putAll(overrides);
        return all;
    }

    /** {@code name@version} for the request's provenance, or null without a preset. */
    String label() {
        return preset == null ? null : preset.label();
    }
}
