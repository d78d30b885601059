package org.casereview.application;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A member of a group or community that one person applies for, with their consent. */
@Entity
@Table(name = "application_group_member")
public class GroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;

    private int position;
    private String name;
    private @Nullable String contact;
    private boolean consented;

    protected GroupMember() {
        // for JPA
    }

    GroupMember(Application application, int position, NewApplication.Member member) {
        this.application = application;
        this.position = position;
        this.name = member.name().strip();
        this.contact = member.contact() == null || member.contact().isBlank() ? null : member.contact().strip();
        this.consented = member.consented();
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getContact() {
        return contact;
    }

    public boolean isConsented() {
        return consented;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof GroupMember other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return GroupMember.class.hashCode();
    }
}
