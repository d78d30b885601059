-- Where an applicant can go once the partnership's second-stage review has decided: the Office of the Police and
-- Crime Commissioner for the area offers a route to query the threshold decision or how a review was carried out.
-- One line each (name, address, phone, e-mail, website), as the letters print them.
-- The seeded values are the offices' published contact details; each council confirms them before go-live.
ALTER TABLE partnership
    ADD COLUMN pcc_contact VARCHAR(600) NOT NULL DEFAULT '';

UPDATE partnership SET pcc_contact = CONCAT_WS(CHAR(10),
    'Office of the Kent Police and Crime Commissioner',
    'Sessions House, County Road, Maidstone, ME14 1XQ',
    'Phone: 01622 677055',
    'E-mail: contactyourpcc@kent.pcc.police.uk',
    'Website: www.kent-pcc.gov.uk')
WHERE county = 'Kent';

UPDATE partnership SET pcc_contact = CONCAT_WS(CHAR(10),
    'Office of the Nottinghamshire Police and Crime Commissioner',
    'Arnot Hill House, Arnot Hill Park, Arnold, Nottingham, NG5 6LU',
    'Phone: 0115 844 5998',
    'E-mail: nopcc@notts.police.uk',
    'Website: www.nottinghamshire.pcc.police.uk')
WHERE county = 'Nottinghamshire';

UPDATE partnership SET pcc_contact = CONCAT_WS(CHAR(10),
    'Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight',
    'St George''s Chambers, St George''s Street, Winchester, SO23 8AJ',
    'Phone: 01962 871595',
    'E-mail: opcc@hampshire.police.uk',
    'Website: www.hampshire-pcc.gov.uk')
WHERE county = 'Hampshire';

-- The reminder job looks for unanswered requests falling due.
CREATE INDEX ix_information_request_due ON information_request (due_on, reminded_on, answered_on);
