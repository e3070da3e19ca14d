package dev.sextant.app.research;

import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.update.UpdateReport;
import dev.sextant.engine.market.verify.VerificationReport;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.SeriesInfo;
import java.nio.file.Path;
import java.util.List;

/** What the data panel needs from the store. Long calls take progress and cancellation. */
public interface DataService {

    List<SeriesInfo> listSeries();

    /** Imports the bar files in {@code paths} (files or folders); throws IllegalArgumentException for a path that is no bar file. */
    ImportReport importFiles(List<Path> paths, ProgressSink progress, Cancellation cancellation);

    /**
     * Fetches what is missing for {@code symbols} (daily bars) from the default provider; an empty list
     * means every stored daily series that a provider can have (not the synthetic sample market).
     */
    UpdateReport update(List<String> symbols, ProgressSink progress, Cancellation cancellation);

    VerificationReport verify(List<SeriesInfo> series, ProgressSink progress, Cancellation cancellation);

    /** The splits and dividends recorded for {@code symbol}, by ex-date then type (empty when none). */
    List<CorporateAction> actions(String symbol);
}
