-- A counter per stored series that every write of its bars raises, so that a process can keep series it has loaded
-- and tell from this one small row, read before any chunk, whether its copy is still current (#24).
ALTER TABLE series_span ADD COLUMN revision BIGINT NOT NULL DEFAULT 1;
