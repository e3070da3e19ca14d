-- Version 8: watchlists (issue #21). A named list of symbols in the user's order. Every edit
-- (add, remove, reorder, rename) rewrites the list's rows in one transaction.
CREATE TABLE watchlist (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE watchlist_symbol (
    watchlist_id BIGINT NOT NULL REFERENCES watchlist(id) ON DELETE CASCADE,
    position     INT NOT NULL,                    -- 0-based place in the list
    symbol       VARCHAR(32) NOT NULL,
    PRIMARY KEY (watchlist_id, symbol)
);
