import dev.sextant.app.ui.chart.ChartSettings;
import dev.sextant.app.ui.chart.ChartSettingsStore;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Sets the symbols compared on the chart of a home (its ui/chart.json, keeping every other chart setting) for the
 * README screenshots; no symbols clears them. Run by screenshots.sh with the app's class path.
 * Usage: java -cp CLASSPATH packaging/screenshot-compare.java HOME [SYMBOL...]
 */
public class ScreenshotCompare {

    public static void main(String[] args) {
        ChartSettingsStore store = ChartSettingsStore.in(Path.of(args[0]));
        ChartSettings s = store.load();
        store.save(new ChartSettings(s.dailyStudies(), s.intradayStudies(), s.volumeInPane(), s.fitAll(), s.paneShares(),
                Arrays.asList(args).subList(1, args.length)));
    }
}
