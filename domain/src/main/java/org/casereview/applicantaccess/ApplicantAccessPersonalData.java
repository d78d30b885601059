package org.casereview.applicantaccess;

import org.casereview.personaldata.CasePersonalData;
import org.casereview.personaldata.CaseRows;
import org.casereview.personaldata.CaseTable;
import org.casereview.personaldata.HeldSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the applicant opens their case on the portal. Only hashes of codes are held, so nothing here names anyone; but
 * an anonymised case is no longer anyone's to open, so anonymising removes its codes.
 */
@Component
@Order(75)
class ApplicantAccessPersonalData implements CasePersonalData {

    private static final CaseTable SECURITY_CODES = CaseTable.of("security_code_challenge", Set.of(),
            Set.of("id", "handle", "application_id", "code_hash", "created_at", "expires_at", "attempts", "used_at"));
    private static final CaseTable ACCESS_CODES = CaseTable.of("applicant_access_code", Set.of(),
            Set.of("id", "application_id", "code_hash", "issued_at", "issued_by", "last_used_at"));

    private static final CaseRows ACCESS_CODE_COLUMNS = CaseRows.columns()
            .skip("id", "application_id", "code_hash")
            .label("issued_at", "Given")
            .label("issued_by", "Given by")
            .label("last_used_at", "Last used");
    private static final CaseRows SECURITY_CODE_COLUMNS = CaseRows.columns()
            .skip("id", "handle", "application_id", "code_hash", "expires_at")
            .label("created_at", "Asked for")
            .label("attempts", "Wrong tries")
            .label("used_at", "Used");

    private final JdbcTemplate jdbc;

    ApplicantAccessPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CaseTable> tables() {
        return List.of(SECURITY_CODES, ACCESS_CODES);
    }

    @Override
    public List<HeldSection> describe(long applicationId) {
        List<HeldSection> sections = new ArrayList<>(ACCESS_CODE_COLUMNS.section("Portal access code",
                jdbc.queryForList("SELECT * FROM applicant_access_code WHERE application_id = ?", applicationId),
                CaseRows.unheaded()));
        sections.addAll(SECURITY_CODE_COLUMNS.section("Security codes e-mailed to check the case",
                jdbc.queryForList("SELECT * FROM security_code_challenge WHERE application_id = ? ORDER BY created_at, id",
                        applicationId), CaseRows.unheaded()));
        return sections;
    }

    @Override
    public void anonymise(long applicationId) {
        jdbc.update("DELETE FROM security_code_challenge WHERE application_id = ?", applicationId);
        jdbc.update("DELETE FROM applicant_access_code WHERE application_id = ?", applicationId);
    }
}
