-- References (CT-2026-00042) were counted in a row per year, bumped in the transaction that stored the application and
-- so locked until it committed: applications arriving together waited for each other's whole transaction. They come
-- from a sequence now, which is never locked nor rolled back (decision 0016): a year's n-th reference is the
-- sequence's value less the year's base, the value the sequence had when the year's first reference was taken. A
-- number whose application is not stored is not used again, so a year's references can have gaps.
-- The sequence keeps 100 values in the server's memory at a time: if the database server stops abruptly, up to 100
-- numbers are skipped.
CREATE SEQUENCE reference_numbers CACHE 100;

CREATE TABLE reference_year (
    year INT PRIMARY KEY,
    base BIGINT NOT NULL
);

-- The sequence starts at 1, so a year already counted to n continues at n + 1.
INSERT INTO reference_year (year, base) SELECT year, -last_value FROM reference_counter;
DROP TABLE reference_counter;
