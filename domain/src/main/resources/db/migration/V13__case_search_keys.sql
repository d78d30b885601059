-- The case list's search finds cases by the start of what staff type, each kind of term through its own index,
-- instead of reading every case for a match anywhere in six columns (a million cases took seconds). Postcodes and
-- phone numbers are searched as typed with or without spaces, and a surname alone finds the applicant.
ALTER TABLE application
    ADD COLUMN search_postcode VARCHAR(10) AS (LOWER(REPLACE(applicant_postcode, ' ', ''))) PERSISTENT,
    ADD COLUMN search_phone    VARCHAR(30) AS (REGEXP_REPLACE(applicant_phone, '[^0-9]', '')) PERSISTENT,
    ADD COLUMN search_surname  VARCHAR(200) AS (SUBSTRING_INDEX(TRIM(applicant_name), ' ', -1)) PERSISTENT,
    ADD INDEX ix_application_search_postcode (search_postcode),
    ADD INDEX ix_application_search_phone (search_phone),
    ADD INDEX ix_application_search_surname (search_surname);
