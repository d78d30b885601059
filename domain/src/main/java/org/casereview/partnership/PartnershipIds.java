package org.casereview.partnership;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A partnership's id from its code, as the public form names it. A partnership's code and id never change and
 * partnerships are never removed (cases refer to them), so each code is read from the database once; a code that
 * is not found is looked for again next time.
 */
@Component
public class PartnershipIds {

    private final JdbcTemplate jdbc;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    PartnershipIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OptionalLong of(@Nullable String code) {
        if (code == null) {
            return OptionalLong.empty();
        }
        Long id = known.get(code);
        if (id == null) {
            id = jdbc.queryForList("SELECT id FROM partnership WHERE code = ?", Long.class, code).stream()
                    .findFirst().orElse(null);
            if (id == null) {
                return OptionalLong.empty();
            }
            known.put(code, id);
        }
        return OptionalLong.of(id);
    }
}
