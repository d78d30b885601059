package org.casereview.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A member of staff who signs in to the back office. The password is stored only as a hash. */
@Entity
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private String roles;
    private @Nullable Long partnershipId;
    private boolean enabled = true;
    private boolean demo;

    @Version
    private long version;

    protected StaffAccount() {
        // for JPA
    }

    public StaffAccount(String username, String displayName, String passwordHash, Set<StaffRole> roles,
                        @Nullable Long partnershipId, boolean demo) {
        if (username.isBlank()) {
            throw new IllegalArgumentException("A username is required");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.partnershipId = partnershipId;
        this.demo = demo;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<StaffRole> getRoles() {
        if (roles.isBlank()) {
            return EnumSet.noneOf(StaffRole.class);
        }
        return Arrays.stream(roles.split(",")).map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    /** The partnership whose cases this person works on; none means county-wide access. */
    public @Nullable Long getPartnershipId() {
        return partnershipId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StaffAccount other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return StaffAccount.class.hashCode();
    }

    @Override
    public String toString() {
        return "StaffAccount[" + username + "]";
    }
}
