package dev.sextant.app.research;

import dev.sextant.engine.settings.SettingsStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index and volatility index the regime model reads. Index: the option, else the setting
 * {@code regime.index}, else SPY when stored, else the sample index IDX.SX. Volatility index: the
 * option, else the setting {@code regime.vol}, else the default index's partner (^VIX for SPY,
 * ^VOL.SX for IDX.SX) when stored, else none; {@code none} (option or setting) means none. Without
 * one the model uses the index's realised volatility.
 *
 * @param volatility null when the index's realised volatility stands in
 */
public record RegimeSymbols(String index, String volatility) {

    public static final String INDEX_SETTING = "regime.index";
    public static final String VOL_SETTING = "regime.vol";

    /** Default index → its volatility index, in order of preference. */
    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("SPY", "^VIX");
        m.put("IDX.SX", "^VOL.SX");
        return m;
    }

    /**
     * @param indexOption {@code --index}, may be null
     * @param volOption {@code --vol}, may be null
     * @param stored symbols with daily bars
     * @return empty when no index is given or set and no default index is stored
     * @throws IllegalArgumentException when a given or set symbol has no daily bars
     */
    public static Optional<RegimeSymbols> resolve(String indexOption, String volOption, SettingsStore settings,
            Set<String> stored) {
        String index = chosen(indexOption, settings, INDEX_SETTING);
        if (index == null) {
            index = DEFAULTS.keySet().stream().filter(stored::contains).findFirst().orElse(null);
            if (index == null) {
                return Optional.empty();
            }
        }
        requireStored(index, indexOption != null ? "--index" : "setting " + INDEX_SETTING, stored);
        String vol = chosen(volOption, settings, VOL_SETTING);
        if (vol == null) {
            String partner = DEFAULTS.get(index);
            vol = partner != null && stored.contains(partner) ? partner : null;
        } else if ("none".equalsIgnoreCase(vol)) {
            vol = null;
        } else {
            requireStored(vol, volOption != null ? "--vol" : "setting " + VOL_SETTING, stored);
        }
        return Optional.of(new RegimeSymbols(index, vol));
    }

    /** The default indexes as "SPY nor IDX.SX", for messages saying that neither is stored. */
    public static String defaultIndexes() {
        return String.join(" nor ", DEFAULTS.keySet());
    }

    private static String chosen(String option, SettingsStore settings, String setting) {
        if (option != null && !option.isBlank()) {
            return option.trim();
        }
        return settings.get(setting).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static void requireStored(String symbol, String source, Set<String> stored) {
        if (!stored.contains(symbol)) {
            throw new IllegalArgumentException("no daily bars for " + symbol + " (from " + source + "; see ./sextant data list)");
        }
    }
}
