-- The six partnerships in the councils' own documents, with the threshold policy each states.
-- Kent's countywide procedure: 3 same-or-similar incidents in 6 months, online acknowledged at once, phone or
-- written within 2 working days, decision within 25 working days of acknowledgement, final review after 6 months.
-- Nottinghamshire (Bassetlaw, Newark & Sherwood): 3 related incidents, or 5 individuals (community route),
-- officer's discretion for harm or vulnerability, acknowledgement within 3 working days, 25 working days from receipt.
-- Test Valley: 3 complaints or 5 individuals, all dissatisfied with the response; the document gives no timescales,
-- so it uses the common 3 working days and 25 working days from receipt until the council says otherwise.
-- Contact details are the councils' main published numbers; each council confirms its own before go-live.
INSERT INTO partnership (code, name, county, csu_phone, csu_email, csu_address, hate_crime_line, asb_reporting,
    qualifying_complaints, window_months, report_within_months, same_or_similar_required, community_route,
    community_individuals, dissatisfaction_required, discretion_allowed, online_acknowledgement_days,
    other_acknowledgement_days, decision_working_days, decision_from, final_review_months)
VALUES
('tonbridge-malling', 'Tonbridge and Malling', 'Kent', '01732 844522', 'community.safety@tmbc.gov.uk',
    'Community Safety Unit, Tonbridge and Malling Borough Council, Gibson Building, Gibson Drive, Kings Hill, West Malling, ME19 4LZ',
    'Hate Crime Reporting Line: 0800 138 1624',
    'Report anti-social behaviour to Kent Police online or on 101, or to the Community Safety Unit on 01732 844522. In an emergency call 999.',
    3, 6, 1, TRUE, FALSE, 5, FALSE, FALSE, 0, 2, 25, 'ACKNOWLEDGEMENT', 6),
('sevenoaks', 'Sevenoaks', 'Kent', '01732 227000', 'community.safety@sevenoaks.gov.uk',
    'Community Safety Unit, Sevenoaks District Council, Council Offices, Argyle Road, Sevenoaks, TN13 1HG',
    'Hate Crime Reporting Line: 0800 138 1624',
    'Report anti-social behaviour to Kent Police online or on 101, or to the Community Safety Unit on 01732 227000. In an emergency call 999.',
    3, 6, 1, TRUE, FALSE, 5, FALSE, FALSE, 0, 2, 25, 'ACKNOWLEDGEMENT', 6),
('folkestone-hythe', 'Folkestone and Hythe', 'Kent', '01303 853000', 'community.safety@folkestone-hythe.gov.uk',
    'Community Safety Unit, Folkestone and Hythe District Council, Civic Centre, Castle Hill Avenue, Folkestone, CT20 2QY',
    'Hate Crime Reporting Line: 0800 138 1624',
    'Report anti-social behaviour to Kent Police online or on 101, or to the Community Safety Unit on 01303 853000. In an emergency call 999.',
    3, 6, 1, TRUE, FALSE, 5, FALSE, FALSE, 0, 2, 25, 'ACKNOWLEDGEMENT', 6),
('bassetlaw', 'Bassetlaw', 'Nottinghamshire', '01909 533533', 'community.safety@bassetlaw.gov.uk',
    'Community Safety, Bassetlaw District Council, Queen''s Buildings, Potter Street, Worksop, S80 2AH',
    'Report hate crime to Nottinghamshire Police on 101, or online at report-it.org.uk',
    'Report anti-social behaviour to Nottinghamshire Police online or on 101, or to the council on 01909 533533. In an emergency call 999.',
    3, 6, 1, TRUE, TRUE, 5, FALSE, TRUE, 3, 3, 25, 'RECEIPT', 6),
('newark-sherwood', 'Newark and Sherwood', 'Nottinghamshire', '01636 650000', 'community.safety@newark-sherwooddc.gov.uk',
    'Community Safety, Newark and Sherwood District Council, Castle House, Great North Road, Newark, NG24 1BY',
    'Report hate crime to Nottinghamshire Police on 101, or online at report-it.org.uk',
    'Report anti-social behaviour to Nottinghamshire Police online or on 101, or to the council on 01636 650000. In an emergency call 999.',
    3, 6, 1, TRUE, TRUE, 5, FALSE, TRUE, 3, 3, 25, 'RECEIPT', 6),
('test-valley', 'Test Valley', 'Hampshire', '01264 368000', 'community.safety@testvalley.gov.uk',
    'Community Safety, Test Valley Borough Council, Beech Hurst, Weyhill Road, Andover, SP10 3AJ',
    'Report hate crime to Hampshire Constabulary on 101, or online at report-it.org.uk',
    'Report anti-social behaviour to Hampshire Constabulary online or on 101, or to the council on 01264 368000. In an emergency call 999.',
    3, 6, 1, FALSE, TRUE, 5, TRUE, FALSE, 3, 3, 25, 'RECEIPT', 6);
