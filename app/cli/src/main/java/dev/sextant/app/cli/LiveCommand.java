package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.spi.MarketDataStream;
import dev.sextant.engine.spi.StreamStatus;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "live", mixinStandardHelpOptions = true,
        description = {"Connect to a live bar stream (a bundled provider or a plugin's) and run the live path until",
                "Ctrl-C: new 1m bars are stored, crosses of sma-vwap-cross and paper fills are printed as they happen",
                "(the same rules as replay), then a summary. The SMA and cross state continue from the stored bars.",
                "An unknown --provider lists the known ones."})
final class LiveCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--provider", required = true, paramLabel = "ID", description = "The stream's id.")
    String provider;

    @Option(names = "--symbols", split = ",", required = true, paramLabel = "A,B", description = "Symbols to subscribe to.")
    List<String> symbols;

    @Mixin
    SessionOptions options;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var config = options.config();
        try (ShutdownCancellation cancel = new ShutdownCancellation(); AppContext ctx = Root.of(spec).open(out)) {
            MarketStreamFactory factory;
            try {
                factory = ctx.live().streams().require(provider);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            SessionPrinter printer = new SessionPrinter(out, err, json.toStdout());
            long started = System.nanoTime();
            try (LiveSession session = ctx.live().live(config, symbols, Clock.systemUTC());
                 MarketDataStream stream = factory.open()) {
                session.subscribe(printer);
                stream.start(symbols, session);
                while (!cancel.isCancelled() && session.streamStatus() != StreamStatus.FAILED) {
                    Thread.sleep(200);
                }
                boolean failed = session.streamStatus() == StreamStatus.FAILED;
                stream.close();
                session.finish();
                session.awaitDelivered();
                if (!json.toStdout()) {
                    printer.summary(session, (System.nanoTime() - started) / 1_000_000);
                }
                Map<String, Object> head = new LinkedHashMap<>();
                head.put("provider", provider);
                head.put("symbols", symbols);
                json.write(SessionPrinter.document(session, head), out);
                return failed ? 1 : 0;
            }
        }
    }
}
