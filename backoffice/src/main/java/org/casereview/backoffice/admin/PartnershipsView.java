package org.casereview.backoffice.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.casereview.administration.PartnershipAdministration;
import org.casereview.backoffice.security.Roles;
import org.casereview.backoffice.ui.Feedback;
import org.casereview.backoffice.ui.Formats;
import org.casereview.partnership.Partnership;
import org.casereview.partnership.PartnershipChange;
import org.casereview.partnership.PartnershipSettings;
import org.casereview.partnership.PartnershipUpdates;
import org.casereview.threshold.DecisionClock;
import org.casereview.threshold.ThresholdPolicy;

import java.util.List;
import java.util.Objects;

/**
 * Administrators keep each partnership's contact details, the wording of its letters, its threshold policy, where
 * its risk levels begin and how long it keeps closed cases. Changes apply from now on; decisions already made keep
 * their own copy of the policy.
 */
@Route("admin/partnerships")
@PageTitle("Partnerships – Case Review")
@RolesAllowed(Roles.ADMINISTRATOR)
public class PartnershipsView extends Main {

    final Select<Partnership> choice = new Select<>();
    final TextField phone = new TextField("Phone");
    final TextField email = new TextField("E-mail");
    final TextArea address = new TextArea("Postal address");
    final TextArea hateCrimeLine = new TextArea("Hate crime reporting");
    final TextArea asbReporting = new TextArea("How to report anti-social behaviour");
    final TextArea metWording = new TextArea("When a review is activated: what happens next");
    final TextArea notMetWording = new TextArea("When the threshold is not met: advice");
    final TextArea queryWording = new TextArea("How to query a decision");
    final TextArea pccContact = new TextArea("Office of the Police and Crime Commissioner: one line each for name, "
            + "address, phone, e-mail and website");
    final IntegerField qualifyingComplaints = integer("Qualifying complaints needed (1 to 3)");
    final IntegerField windowMonths = integer("Window in months (6 to 12)");
    final IntegerField reportWithinMonths = integer("Reported within, months");
    final Checkbox sameOrSimilar = new Checkbox("Same or similar behaviour required");
    final Checkbox communityRoute = new Checkbox("Community route");
    final IntegerField communityIndividuals = integer("Community route: individuals");
    final Checkbox dissatisfaction = new Checkbox("Reporters must be dissatisfied with the response");
    final Checkbox discretion = new Checkbox("Officer may accept below the threshold (harm or vulnerability)");
    final IntegerField onlineAcknowledgement = integer("Acknowledge online, working days (0: at once)");
    final IntegerField otherAcknowledgement = integer("Acknowledge phone or written, working days");
    final IntegerField decisionDays = integer("Decision within, working days");
    final Select<DecisionClock> decisionFrom = new Select<>();
    final IntegerField finalReviewMonths = integer("Final review after, months");
    final IntegerField riskMedium = integer("Risk: Medium from score");
    final IntegerField riskHigh = integer("Risk: High from score");
    final IntegerField retentionYears = integer("Keep closed cases for, years after closure ("
            + PartnershipSettings.MIN_RETENTION_YEARS + " to " + PartnershipSettings.MAX_RETENTION_YEARS + ")");
    final Button save = new Button("Save changes");
    final Grid<PartnershipChange> log = new Grid<>();

    private final PartnershipAdministration administration;
    private long version;

    PartnershipsView(PartnershipAdministration administration) {
        this.administration = administration;
        addClassNames("view", "partnerships-view");
        List<Partnership> manageable = administration.manageable();
        choice.setLabel("Partnership");
        choice.setId("partnership-choice");
        choice.setWidth("20em");
        choice.setItems(manageable);
        choice.setItemLabelGenerator(Partnership::getName);
        choice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(administration.get(e.getValue().getId()));
            }
        });
        decisionFrom.setLabel("Decision counted from");
        decisionFrom.setItems(DecisionClock.values());
        decisionFrom.setItemLabelGenerator(clock -> clock == DecisionClock.RECEIPT ? "Receipt" : "Acknowledgement");
        phone.setId("partnership-phone");
        notMetWording.setId("partnership-not-met-wording");
        save.setId("save-partnership");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        FormLayout contact = new FormLayout(phone, email, address, hateCrimeLine, asbReporting);
        contact.setColspan(address, 2);
        contact.setColspan(asbReporting, 2);
        pccContact.setId("partnership-pcc-contact");
        pccContact.setHelperText("Told to an applicant after a second-stage review decision, as the route to query it "
                + "further");
        FormLayout wording = new FormLayout(metWording, notMetWording, queryWording, pccContact);
        wording.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout policy = new FormLayout(qualifyingComplaints, windowMonths, reportWithinMonths,
                communityIndividuals, onlineAcknowledgement, otherAcknowledgement, decisionDays, decisionFrom,
                finalReviewMonths, sameOrSimilar, communityRoute, dissatisfaction, discretion);
        policy.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        FormLayout risk = new FormLayout(riskMedium, riskHigh);
        retentionYears.setId("partnership-retention-years");
        retentionYears.setMin(PartnershipSettings.MIN_RETENTION_YEARS);
        retentionYears.setMax(PartnershipSettings.MAX_RETENTION_YEARS);
        retentionYears.setHelperText("Then the retention run anonymises the case: names, contact details and "
                + "everything typed are removed; dates, decisions and counts stay for statistics.");
        FormLayout retention = new FormLayout(retentionYears);

        log.setId("partnership-changes");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.addColumn(c -> Formats.dateTime(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(PartnershipChange::getChangedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(PartnershipChange::getField).setHeader("Setting").setAutoWidth(true);
        log.addColumn(PartnershipChange::getOldValue).setHeader("From").setFlexGrow(2);
        log.addColumn(PartnershipChange::getNewValue).setHeader("To").setFlexGrow(2);
        log.setAllRowsVisible(true);

        Paragraph note = new Paragraph("Changes apply from now on: a decision already made keeps the policy it was "
                + "made under, and cases already received keep their due dates. Every change is recorded below.");
        note.addClassName("intro");
        Div saveBar = new Div(save);
        saveBar.addClassName("save-bar");
        add(new H1("Partnerships"), note, choice,
                new H2("Community Safety Unit contact details"), contact,
                new H2("Wording in letters and e-mails"), wording,
                new H2("Threshold policy and timescales"), policy,
                new H2("Victim risk levels"), risk,
                new H2("Keeping personal data"), retention, saveBar,
                new H2("Changes"), log);
        if (!manageable.isEmpty()) {
            choice.setValue(manageable.getFirst());
        }
    }

    private static IntegerField integer(String label) {
        IntegerField field = new IntegerField(label);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void show(Partnership partnership) {
        version = partnership.getVersion();
        PartnershipSettings s = partnership.settings();
        phone.setValue(s.csuPhone());
        email.setValue(s.csuEmail());
        address.setValue(s.csuAddress());
        hateCrimeLine.setValue(s.hateCrimeLine());
        asbReporting.setValue(s.asbReporting());
        metWording.setValue(s.metWording());
        notMetWording.setValue(s.notMetWording());
        queryWording.setValue(s.queryWording());
        pccContact.setValue(s.pccContact());
        ThresholdPolicy p = s.policy();
        qualifyingComplaints.setValue(p.qualifyingComplaints());
        windowMonths.setValue(p.windowMonths());
        reportWithinMonths.setValue(p.reportWithinMonths());
        sameOrSimilar.setValue(p.sameOrSimilarRequired());
        communityRoute.setValue(p.communityRoute());
        communityIndividuals.setValue(p.communityIndividuals());
        dissatisfaction.setValue(p.dissatisfactionRequired());
        discretion.setValue(p.discretionAllowed());
        onlineAcknowledgement.setValue(p.onlineAcknowledgementDays());
        otherAcknowledgement.setValue(p.otherAcknowledgementDays());
        decisionDays.setValue(p.decisionWorkingDays());
        decisionFrom.setValue(p.decisionFrom());
        finalReviewMonths.setValue(p.finalReviewMonths());
        riskMedium.setValue(s.riskMediumFrom());
        riskHigh.setValue(s.riskHighFrom());
        retentionYears.setValue(s.retentionYears());
        log.setItems(administration.changes(Objects.requireNonNull(partnership.getId())));
    }

    private void save() {
        Partnership partnership = choice.getValue();
        if (partnership == null) {
            return;
        }
        long id = Objects.requireNonNull(partnership.getId());
        int[] changed = new int[1];
        if (Feedback.attempt(() -> {
            ThresholdPolicy policy = PartnershipUpdates.policy(value(qualifyingComplaints), value(windowMonths),
                    value(reportWithinMonths), sameOrSimilar.getValue(), communityRoute.getValue(),
                    value(communityIndividuals), dissatisfaction.getValue(), discretion.getValue(),
                    value(onlineAcknowledgement), value(otherAcknowledgement), value(decisionDays),
                    Objects.requireNonNullElse(decisionFrom.getValue(), DecisionClock.RECEIPT),
                    value(finalReviewMonths));
            changed[0] = administration.update(id, version, new PartnershipSettings(phone.getValue().strip(),
                    email.getValue().strip(), address.getValue().strip(), hateCrimeLine.getValue().strip(),
                    asbReporting.getValue().strip(), metWording.getValue().strip(), notMetWording.getValue().strip(),
                    queryWording.getValue().strip(), pccContact.getValue().strip(), policy, value(riskMedium),
                    value(riskHigh), value(retentionYears)));
        }, () -> show(administration.get(id))).saved()) {
            Feedback.saved(changed[0] == 0 ? "Nothing had changed"
                    : changed[0] + (changed[0] == 1 ? " setting" : " settings") + " changed for "
                    + partnership.getName() + "; they apply to new decisions");
            show(administration.get(id));
        }
    }

    private static int value(IntegerField field) {
        Integer value = field.getValue();
        if (value == null) {
            throw new org.casereview.ActionRefusedException("Enter a number for \"" + field.getLabel() + "\"");
        }
        return value;
    }
}
