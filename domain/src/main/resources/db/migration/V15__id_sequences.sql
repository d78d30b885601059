-- An application's incidents and its history entries are written several at a time (four incidents and two entries
-- when an application arrives). With ids the table hands out (AUTO_INCREMENT) each row is one insert and a round trip
-- of its own, because the id must come back before the next row; with ids from a sequence Hibernate takes fifty at a
-- time and sends the rows as one batch.
-- Each sequence counts in steps of fifty (one step is a block of fifty ids for one server) and starts above the ids
-- already used. The tables no longer make ids themselves: an insert that names none fails, where an id made by the
-- table could have been one a server had already taken from the sequence.
CREATE SEQUENCE incident_ids INCREMENT BY 50;
SET @raise = CONCAT('SELECT SETVAL(incident_ids, ', (SELECT COALESCE(MAX(id), 0) + 50 FROM incident), ')');
PREPARE raise FROM @raise;
EXECUTE raise;
DEALLOCATE PREPARE raise;
ALTER TABLE incident MODIFY id BIGINT NOT NULL;

CREATE SEQUENCE case_event_ids INCREMENT BY 50;
SET @raise = CONCAT('SELECT SETVAL(case_event_ids, ', (SELECT COALESCE(MAX(id), 0) + 50 FROM case_event), ')');
PREPARE raise FROM @raise;
EXECUTE raise;
DEALLOCATE PREPARE raise;
ALTER TABLE case_event MODIFY id BIGINT NOT NULL;
