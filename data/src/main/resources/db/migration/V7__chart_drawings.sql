-- Version 7: chart drawings (issue #21). One row per drawing on a symbol's chart; each edit (add, move, restyle,
-- delete) is one transaction on one row. Anchors are (time, price): time in epoch seconds (a bar's start; daily
-- bars at midnight UTC of the trading date). A kind with one anchor leaves time2 and price2 null.
CREATE TABLE chart_drawing (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    symbol       VARCHAR(32) NOT NULL,
    kind         VARCHAR(20) NOT NULL,            -- DrawingKind name: TREND_LINE, HORIZONTAL_LINE, ...
    drawn_on     VARCHAR(8) NOT NULL,             -- timeframe code the anchors were placed on (1d, 1w, 5m, ...)
    time1        BIGINT NOT NULL,
    price1       DOUBLE PRECISION NOT NULL,
    time2        BIGINT,
    price2       DOUBLE PRECISION,
    colour       CHAR(7) NOT NULL,                -- #rrggbb
    width        DOUBLE PRECISION NOT NULL,
    extend_left  BOOLEAN NOT NULL,
    extend_right BOOLEAN NOT NULL,
    note         VARCHAR(500) NOT NULL,           -- a text note's text, else ''
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX chart_drawing_symbol ON chart_drawing(symbol, id);
