package org.casereview.partnership;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
public class PartnershipService {

    private final PartnershipRepository partnerships;

    PartnershipService(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    /** The council areas a resident chooses from: a handful, so a list is right here. */
    public List<Partnership> councilAreas() {
        return partnerships.findAllByOrderByNameAsc();
    }

    public Optional<Partnership> byCode(String code) {
        return partnerships.findByCode(code);
    }
}
