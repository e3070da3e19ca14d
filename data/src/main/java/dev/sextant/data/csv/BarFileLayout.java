package dev.sextant.data.csv;

/** The vendor layout a bar file was recognised as, named in the import report. */
enum BarFileLayout {
    /** A header naming the columns (Yahoo, Alpaca, IBKR/IQFeed exports, TradingView, ...). */
    NAMED_COLUMNS("named columns"),
    /** Stooq's bulk {@code .txt}: {@code <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,...}. */
    STOOQ("Stooq"),
    /** Polygon/Massive flat files: {@code ticker,volume,open,close,high,low,window_start,transactions}. */
    POLYGON_FLAT_FILE("Polygon flat file"),
    /** Databento OHLCV CSV: {@code ts_event,rtype,publisher_id,instrument_id,open,high,low,close,volume[,symbol]}. */
    DATABENTO("Databento OHLCV"),
    /** No header, {@code datetime,open,high,low,close[,volume]} (FirstRate Data). */
    HEADERLESS_DATETIME("no header: datetime,open,high,low,close,volume (FirstRate Data)"),
    /** No header, {@code date,time,open,high,low,close[,volume]} (Kibot). */
    HEADERLESS_DATE_TIME("no header: date,time,open,high,low,close,volume (Kibot)");

    private final String text;

    BarFileLayout(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
