import dev.sextant.app.AppContext;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Puts one drawing of each kind on a symbol's daily chart for the README screenshots (run by screenshots.sh with the
 * app's class path): a trend line and a Fibonacci retracement from the low of bars -200..-120 to the high of bars
 * -120..-40, a horizontal line at the close 30 bars back, a vertical line 60 bars back, a rectangle over bars -25..-8
 * and a text note under bar -57.
 * Usage: java -cp CLASSPATH packaging/screenshot-drawings.java HOME SYMBOL
 */
public class ScreenshotDrawings {

    public static void main(String[] args) {
        try (AppContext ctx = AppContext.open(Path.of(args[0]), false, new PrintWriter(System.out), ProgressSink.NONE)) {
            String symbol = args[1];
            PriceColumns b = ctx.bars().load(symbol, Timeframe.DAILY)
                    .orElseThrow(() -> new IllegalArgumentException("no daily bars of " + symbol + " in " + args[0]));
            int n = b.size();
            int low = n - 200;
            for (int i = n - 200; i < n - 120; i++) {
                low = b.low()[i] < b.low()[low] ? i : low;
            }
            int high = n - 120;
            for (int i = n - 120; i < n - 40; i++) {
                high = b.high()[i] > b.high()[high] ? i : high;
            }
            Anchor from = at(b, low, b.low()[low]);
            Anchor to = at(b, high, b.high()[high]);
            add(ctx, symbol, DrawingKind.TREND_LINE, List.of(from, to), new DrawingStyle("#2f81f7", 2, false, true), "");
            add(ctx, symbol, DrawingKind.FIBONACCI, List.of(from, to), new DrawingStyle("#e0a030", 1, false, true), "");
            add(ctx, symbol, DrawingKind.HORIZONTAL_LINE, List.of(at(b, n - 30, b.close()[n - 30])),
                    new DrawingStyle("#d9534f", 1.5, false, false), "");
            add(ctx, symbol, DrawingKind.VERTICAL_LINE, List.of(at(b, n - 60, b.close()[n - 60])),
                    new DrawingStyle("#8e6bd8", 1, false, false), "");
            add(ctx, symbol, DrawingKind.RECTANGLE, List.of(at(b, n - 25, b.high()[n - 25] * 1.01), at(b, n - 8, b.low()[n - 8] * 0.99)),
                    new DrawingStyle("#2ca58d", 1.5, false, false), "");
            add(ctx, symbol, DrawingKind.TEXT_NOTE, List.of(at(b, n - 57, b.low()[n - 57] * 0.985)),
                    new DrawingStyle("#8e6bd8", 1, false, false), "Breakout retest");
        }
    }

    private static Anchor at(PriceColumns b, int i, double price) {
        return new Anchor(b.time()[i] * 86_400L, price);
    }

    private static void add(AppContext ctx, String symbol, DrawingKind kind, List<Anchor> anchors, DrawingStyle style,
                            String text) {
        ctx.drawings().add(Drawing.of(symbol, kind, Timeframe.DAILY, anchors, style, text));
    }
}
