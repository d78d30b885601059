package org.casereview.staff;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Which roles must sign in with a code as well as a password. */
@Component
class TwoFactorPolicy {

    private final TwoFactorRequirementRepository requirements;

    TwoFactorPolicy(TwoFactorRequirementRepository requirements) {
        this.requirements = requirements;
    }

    @Transactional(readOnly = true)
    Set<StaffRole> requiredRoles() {
        return requirements.findAll().stream().map(TwoFactorRequirement::getRole)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    @Transactional(readOnly = true)
    boolean requiredFor(StaffAccount account) {
        Set<StaffRole> required = requiredRoles();
        return account.getRoles().stream().anyMatch(required::contains);
    }

    /** @return whether anything changed */
    @Transactional
    boolean require(Set<StaffRole> roles, String by, Instant now) {
        Set<StaffRole> before = requiredRoles();
        if (before.equals(roles)) {
            return false;
        }
        before.stream().filter(role -> !roles.contains(role)).forEach(requirements::deleteById);
        roles.stream().filter(role -> !before.contains(role))
                .forEach(role -> requirements.save(new TwoFactorRequirement(role, by, now)));
        return true;
    }

    /** What sign-in asks after a right password: a code, a set-up because a role requires one, or nothing. */
    @Transactional(readOnly = true)
    SecondStep secondStep(StaffAccount account) {
        if (account.hasTwoFactor()) {
            return SecondStep.CODE;
        }
        return requiredFor(account) ? SecondStep.SET_UP : SecondStep.NONE;
    }
}
