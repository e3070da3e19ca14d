-- One row per stored series (instrument and timeframe): the time of its first and last bar and its bar count,
-- kept by the transaction that writes the series' chunks. Listing the store reads these few rows instead of every
-- chunk with its payload (0.5 s for the 471 real daily series on a cold start).
CREATE TABLE series_span (
    instrument_id BIGINT     NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
    timeframe     VARCHAR(8) NOT NULL,
    first_time    BIGINT     NOT NULL,
    last_time     BIGINT     NOT NULL,
    bar_count     BIGINT     NOT NULL,
    PRIMARY KEY (instrument_id, timeframe)
);

INSERT INTO series_span (instrument_id, timeframe, first_time, last_time, bar_count)
SELECT instrument_id, timeframe, MIN(first_time), MAX(last_time), SUM(bar_count)
FROM bar_chunk
GROUP BY instrument_id, timeframe;
