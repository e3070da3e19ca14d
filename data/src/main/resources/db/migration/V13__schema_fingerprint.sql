-- The SHA-256 of the migration scripts last applied from each location (Sextant's own, and each plugin's), written
-- after Flyway ran. Opening a home whose scripts are unchanged skips Flyway's scan and validation, which cost about a
-- fifth of every command's start (#24); any change to the scripts runs Flyway as before.
CREATE TABLE schema_fingerprint (
    location VARCHAR(200) PRIMARY KEY,
    sha256   CHAR(64)     NOT NULL
);
