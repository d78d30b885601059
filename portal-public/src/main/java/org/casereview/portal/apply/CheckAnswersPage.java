package org.casereview.portal.apply;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import org.casereview.application.Answer;
import org.casereview.application.ApplicantType;
import org.casereview.application.ConsentMethod;
import org.casereview.application.NewApplication;
import org.casereview.application.Relationship;
import org.casereview.partnership.Partnership;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Every answer, each with a "Change" link back to its page, then Submit. */
class CheckAnswersPage extends StepPage {

    private final Consumer<Button> submit;

    CheckAnswersPage(Wizard wizard, Consumer<Button> submit) {
        super(wizard);
        this.submit = submit;
        Partnership partnership = wizard.partnership();
        ApplicantType type = draft.applicantType == null ? ApplicantType.VICTIM : draft.applicantType;

        SummaryList who = section("check.section.who");
        row(who, "check.councilArea", partnership == null ? null : partnership.getName(), Step.COUNCIL_AREA);
        row(who, "check.applicantType", t("who.summary." + type.name()), Step.WHO_IS_APPLYING);
        if (type == ApplicantType.ON_BEHALF_OF_VICTIM) {
            row(who, "check.relationship", draft.relationship == Relationship.OTHER ? draft.relationshipOther
                    : labelOrNull(draft.relationship), Step.WHO_IS_APPLYING);
            row(who, "check.victimConsented", draft.victimConsented ? t("check.yes-agreed") : null,
                    Step.WHO_IS_APPLYING);
        }
        if (type == ApplicantType.ON_BEHALF_OF_GROUP) {
            row(who, "check.groupName", draft.groupName, Step.WHO_IS_APPLYING);
        }
        if (type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.ON_BEHALF_OF_GROUP) {
            row(who, "check.consentMethod", draft.consentMethod == ConsentMethod.OTHER ? draft.consentDetails
                    : labelOrNull(draft.consentMethod), Step.WHO_IS_APPLYING);
        }

        if (type == ApplicantType.ON_BEHALF_OF_VICTIM || type == ApplicantType.BUSINESS_OR_GROUP) {
            boolean organisation = type == ApplicantType.BUSINESS_OR_GROUP;
            SummaryList victim = section(organisation ? "check.section.organisation" : "check.section.victim");
            person(victim, organisation ? "check.organisation." : "check.victim.", draft.victim, !organisation,
                    Step.VICTIM);
        }
        if (type == ApplicantType.ON_BEHALF_OF_GROUP) {
            SummaryList members = section("check.section.members");
            for (int i = 0; i < draft.members.size(); i++) {
                NewApplication.Member member = draft.members.get(i);
                int index = i;
                members.row(member.name(), member.contact() + "\n" + t(member.consented()
                                ? "members.agreed" : "members.not-agreed"),
                        SummaryList.action(t("action.change"), member.name(), () -> {
                            draft.pendingMember = member;
                            draft.editingMember = index;
                            wizard.change(Step.GROUP_MEMBERS);
                        }));
            }
            members.actionRow(t("check.members.count", draft.members.size()),
                    SummaryList.action(t("check.members.add-remove"), t("check.members.what"),
                            () -> wizard.change(Step.GROUP_MEMBERS)));
        }

        SummaryList you = section("check.section.applicant");
        person(you, "check.applicant.", draft.applicant, true, Step.APPLICANT);
        if (type == ApplicantType.BUSINESS_OR_GROUP) {
            row(you, "check.applicant.role", draft.applicantRole, Step.APPLICANT);
        }

        SummaryList incidents = section("check.section.incidents");
        incidents.setId("check-incidents");
        for (int i = 0; i < draft.incidents.size(); i++) {
            NewApplication.NewIncident incident = draft.incidents.get(i);
            int index = i;
            String key = t("incidents.item", i + 1);
            incidents.row(key, incidentDetails(incident, i),
                    SummaryList.action(t("action.change"), key.toLowerCase(locale()), () -> {
                        draft.pendingIncident = incident;
                        draft.editingIncident = index;
                        wizard.change(Step.INCIDENTS);
                    }));
        }
        incidents.actionRow(t("check.incidents.count", draft.incidents.size()),
                SummaryList.action(t("check.incidents.add-remove"), t("check.incidents.what"),
                        () -> wizard.change(Step.INCIDENTS)));

        SummaryList problem = section("check.section.problem");
        row(problem, "check.problemPersists", labelOrNull(draft.problemPersists), Step.PROBLEM);
        row(problem, "check.conduct", draft.onlyOneAgencyConduct == Answer.YES
                ? t("check.conduct.yes", draft.conductAgency.strip()) : labelOrNull(draft.onlyOneAgencyConduct),
                Step.PROBLEM);

        SummaryList impact = section("check.section.impact" + ImpactPage.affected(draft));
        row(impact, "check.impactAreas", labels(draft.impactAreas), Step.IMPACT);
        row(impact, "check.impactDescription", draft.impactDescription, Step.IMPACT);
        row(impact, "check.disability", withDetails(draft.disabilityOrIllness, draft.vulnerabilityDetails),
                Step.IMPACT);
        row(impact, "check.targeted", withDetails(draft.feelsTargeted, draft.targetedDetails), Step.IMPACT);
        row(impact, "check.otherHouseholds", labelOrNull(draft.otherHouseholdsAffected), Step.IMPACT);

        SummaryList contact = section("check.section.contact");
        row(contact, "check.channels", labels(draft.contactChannelsOrDefault()), Step.CONTACT);
        row(contact, "check.safeTimes", draft.safeTimes, Step.CONTACT);
        if (!draft.applicant.address.isBlank()) {
            row(contact, "check.letters", labelOrNull(draft.lettersSafe), Step.CONTACT);
        }
        if (!draft.applicant.phone.isBlank()) {
            row(contact, "check.voicemail", labelOrNull(draft.voicemailSafe), Step.CONTACT);
        }
        List<String> formats = new ArrayList<>();
        draft.formats.stream().sorted().forEach(format -> formats.add(
                format == org.casereview.application.AccessibleFormat.OTHER && !draft.formatsOther.isBlank()
                        ? draft.formatsOther.strip() : label(format)));
        row(contact, "check.formats", formats.isEmpty() ? t("check.none") : String.join(", ", formats), Step.CONTACT);
        row(contact, "check.language", draft.interpreterNeeded ? t("check.language.yes", draft.language.strip())
                : t("check.none"), Step.CONTACT);

        SummaryList consent = section("check.section.consent");
        row(consent, "check.consentToShare", draft.consentToShare ? t("check.consentToShare.yes") : null,
                Step.CONSENT);
        row(consent, "check.declaration", draft.declaration ? t("check.declaration.yes") : null, Step.CONSENT);

        if (partnership != null) {
            add(new ThresholdGuidance(partnership, draft, wizard.today(), this));
        }

        Button send = new Button(t("check.submit"));
        send.setId("submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A double click sends once: the button is off from the first click, and the submission key does the rest.
        send.setDisableOnClick(true);
        send.addClickListener(e -> this.submit.accept(send));
        add(new H2(t("check.send.heading")), p("check.send.text"), send);
    }

    private SummaryList section(String headingKey) {
        SummaryList list = new SummaryList(t("answer.not-given"));
        add(new H2(t(headingKey)), list);
        return list;
    }

    private void row(SummaryList list, String key, @Nullable String value, Step step) {
        String words = t(key);
        list.row(words, value, SummaryList.action(t("action.change"), words.toLowerCase(locale()),
                () -> wizard.change(step)));
    }

    private void person(SummaryList list, String keys, ApplicationDraft.Person person, boolean dateOfBirth, Step step) {
        row(list, keys + "name", person.name, step);
        row(list, keys + "address", joinNonBlank(", ", person.address, person.postcode), step);
        row(list, keys + "phone", person.phone, step);
        row(list, keys + "email", person.email, step);
        if (dateOfBirth) {
            row(list, keys + "dateOfBirth", date(person.dateOfBirth), step);
        }
    }

    private String incidentDetails(NewApplication.NewIncident incident, int index) {
        List<String> lines = new ArrayList<>();
        lines.add(t("check.incident.happened", date(incident.occurredOn())));
        lines.add(t("check.incident.reported", date(incident.reportedOn()), organisation(incident)));
        if (incident.reportedBy() != null && !incident.reportedBy().isBlank()) {
            lines.add(t("check.incident.reportedBy", incident.reportedBy().strip()));
        }
        optional(lines, "check.incident.person", incident.reportedToPerson());
        optional(lines, "check.incident.reference", incident.agencyReference());
        if (incident.howReported() != null) {
            lines.add(t("check.incident.how", label(incident.howReported())));
        }
        if (incident.behaviour() != null) {
            lines.add(t("check.incident.behaviour", label(incident.behaviour())));
        }
        optional(lines, "check.incident.location", incident.location());
        lines.add(t("check.incident.what", incident.description().strip()));
        if (index > 0 && incident.sameAsOthers() != null) {
            lines.add(t("check.incident.same", label(incident.sameAsOthers())));
        }
        optional(lines, "check.incident.action", incident.actionTaken());
        if (incident.reporterSatisfied() != null) {
            lines.add(t("check.incident.satisfied", label(incident.reporterSatisfied())));
        }
        if (incident.timeframeGiven() == Answer.YES && incident.timeframeEndsOn() != null) {
            lines.add(t("check.incident.timeframe", date(incident.timeframeEndsOn())));
        }
        return String.join("\n", lines);
    }

    private void optional(List<String> lines, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(t(key, value.strip()));
        }
    }

    private @Nullable String withDetails(@Nullable Answer answer, String details) {
        if (answer == null) {
            return null;
        }
        return answer == Answer.YES && !details.isBlank() ? label(answer) + ": " + details.strip() : label(answer);
    }

    private <E extends Enum<E>> @Nullable String labelOrNull(@Nullable E value) {
        return value == null ? null : label(value);
    }

    private <E extends Enum<E>> String labels(Collection<E> values) {
        return values.isEmpty() ? t("check.none")
                : String.join(", ", values.stream().sorted().map(this::label).toList());
    }

    private static String joinNonBlank(String separator, String... parts) {
        return String.join(separator, java.util.Arrays.stream(parts).filter(Objects::nonNull)
                .filter(part -> !part.isBlank()).map(String::strip).toList());
    }

    @Override
    String heading() {
        return t("check.heading");
    }

    @Override
    void store() {
        // nothing to type here
    }

    @Override
    boolean hasContinue() {
        return false;
    }
}
