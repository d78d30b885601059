package org.casereview.subjectaccess;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that finds where a case holds something of the person: as applicant, as victim, as a group member, or named
 * in an incident (as its reporter, or in its words). Each place gives the case's id, the role, and which of the
 * person's details matched there. Built from fixed pieces; everything typed is a bound parameter.
 */
final class SubjectQuery {

    private record Test(String what, String sql, List<Object> parameters) {
    }

    private final SubjectSearch search;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SubjectQuery(SubjectSearch search) {
        this.search = search;
        place("a.id", "'Applicant'", "application a",
                List.of("a.applicant_name"), List.of("a.applicant_email"), List.of(),
                List.of("a.applicant_phone"), List.of("a.applicant_postcode"), List.of("a.applicant_address"));
        place("a.id", "'Victim'", "application a",
                List.of("a.victim_name"), List.of("a.victim_email"), List.of(),
                List.of("a.victim_phone"), List.of("a.victim_postcode"), List.of("a.victim_address"));
        place("g.application_id", "CONCAT('Group member ', g.position + 1)", "application_group_member g",
                List.of("g.name"), List.of(), List.of("g.contact"), List.of(), List.of(), List.of("g.contact"));
        place("i.application_id", "CONCAT('Named in incident ', i.position + 1)", "incident i",
                List.of("i.reported_by", "i.reporter_name", "i.description", "i.location", "i.action_taken"),
                List.of(), List.of("i.description", "i.action_taken"), List.of(),
                List.of(), List.of("i.location", "i.description"));
    }

    /** Rows (application_id, role, matched): one for each place a case holds something of the person. */
    String places() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    /**
     * @param emails       columns that hold only an e-mail address
     * @param contactTexts free text in which an e-mail address or phone number may appear
     * @param phones       columns that hold only a phone number
     * @param postcodes    columns that hold only a postcode
     * @param texts        free text in which a postcode may appear (an address, a place)
     */
    private void place(String id, String role, String from, List<String> names, List<String> emails,
                       List<String> contactTexts, List<String> phones, List<String> postcodes, List<String> texts) {
        List<Test> tests = new ArrayList<>();
        String name = search.name();
        if (name != null) {
            add(tests, "name", names, "%s LIKE ?", "%" + escape(name) + "%");
        }
        String email = search.email();
        if (email != null) {
            List<Test> parts = new ArrayList<>();
            add(parts, "e-mail", emails, "LOWER(%s) = ?", email);
            add(parts, "e-mail", contactTexts, "LOWER(%s) LIKE ?", "%" + escape(email) + "%");
            merge(tests, parts);
        }
        String phone = search.phoneDigits();
        if (phone != null) {
            List<Test> parts = new ArrayList<>();
            add(parts, "phone", phones, "REGEXP_REPLACE(%s, '[^0-9]', '') LIKE ?", "%" + phone);
            add(parts, "phone", contactTexts, "REGEXP_REPLACE(%s, '[^0-9]', '') LIKE ?", "%" + phone + "%");
            merge(tests, parts);
        }
        String postcode = search.postcodeCompact();
        if (postcode != null) {
            List<Test> parts = new ArrayList<>();
            add(parts, "postcode", postcodes, "REPLACE(%s, ' ', '') LIKE ?", postcode + "%");
            add(parts, "postcode", texts, "REPLACE(UPPER(%s), ' ', '') LIKE ?", "%" + postcode + "%");
            merge(tests, parts);
        }
        if (tests.isEmpty()) {
            return;
        }
        List<String> matched = new ArrayList<>();
        List<String> any = new ArrayList<>();
        List<Object> whereParameters = new ArrayList<>();
        for (Test test : tests) {
            matched.add("IF(" + test.sql() + ", '" + test.what() + "', NULL)");
            parameters.addAll(test.parameters());
            any.add(test.sql());
            whereParameters.addAll(test.parameters());
        }
        parameters.addAll(whereParameters);
        if (!sql.isEmpty()) {
            sql.append(" UNION ALL ");
        }
        sql.append("SELECT ").append(id).append(" AS application_id, ").append(role).append(" AS role, CONCAT_WS(', ', ")
                .append(String.join(", ", matched)).append(") AS matched FROM ").append(from).append(" WHERE ")
                .append(String.join(" OR ", any));
    }

    /** One test: any of the columns matches. */
    private static void add(List<Test> tests, String what, List<String> columns, String pattern, Object value) {
        if (columns.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
            parts.add(pattern.formatted(column));
            values.add(value);
        }
        tests.add(new Test(what, "(" + String.join(" OR ", parts) + ")", values));
    }

    /** Several tests of one detail become one, so "phone" is said once however many columns matched. */
    private static void merge(List<Test> tests, List<Test> parts) {
        if (parts.isEmpty()) {
            return;
        }
        List<Object> values = new ArrayList<>();
        parts.forEach(part -> values.addAll(part.parameters()));
        tests.add(new Test(parts.getFirst().what(),
                "(" + String.join(" OR ", parts.stream().map(Test::sql).toList()) + ")", values));
    }

    /** Typed text matches as text: a % or _ in a name is not a wildcard. */
    private static String escape(@Nullable String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
