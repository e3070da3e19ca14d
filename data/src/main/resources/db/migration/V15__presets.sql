-- Version 15: the user's saved presets (issue #25, part 5).
-- A preset is a named, versioned bundle of strategy, parameters, entry rules and simulation choices; the row keeps its
-- JSON form (schema in docs/user/presets.md). Built-in presets and those a plugin ships are not stored.
CREATE TABLE preset (
    name        VARCHAR(64) PRIMARY KEY,
    version     INT NOT NULL,              -- >= 1; an import replaces a saved preset only with a higher version
    json        CLOB NOT NULL,
    source      VARCHAR(1024),             -- the file it was imported from; NULL = unknown
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
