package org.casereview.portal.apply;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.casereview.application.ApplicationValidator;
import org.casereview.application.NewApplication;
import org.casereview.application.ValidationProblem;

import java.util.ArrayList;
import java.util.List;

/** One person on behalf of a group: each member's name, a way to reach them, and that they agreed. */
class GroupMembersPage extends StepPage {

    private final TextField name;
    private final TextField contact;
    private final Checkbox consented;

    GroupMembersPage(Wizard wizard) {
        super(wizard);
        add(p("members.intro", draft.groupName.isBlank() ? t("members.the-group") : draft.groupName.strip()));
        if (!draft.members.isEmpty()) {
            SummaryList list = new SummaryList(t("answer.not-given"));
            list.setId("member-list");
            for (int i = 0; i < draft.members.size(); i++) {
                NewApplication.Member member = draft.members.get(i);
                int index = i;
                String what = t("members.item", i + 1).toLowerCase(locale());
                list.row(member.name(), member.contact() + " · " + t(member.consented()
                                ? "members.agreed" : "members.not-agreed"),
                        SummaryList.action(t("action.change"), what, () -> edit(index)),
                        SummaryList.action(t("action.remove"), what, () -> remove(index)));
            }
            add(new H2(t("members.added", draft.members.size())), list);
        }

        NewApplication.Member pending = draft.pendingMember;
        Integer editing = draft.editingMember;
        H2 formTitle = new H2(editing != null ? t("members.form.change", editing + 1)
                : t(draft.members.isEmpty() ? "members.form.add" : "members.form.add-another"));
        name = text("memberName", "members.name.label", pending.name(), ApplicationValidator.NAME_MAX);
        contact = text("memberContact", "members.contact.label", value(pending.contact()),
                ApplicationValidator.ADDRESS_MAX);
        contact.setHelperText(t("members.contact.hint"));
        consented = check("memberConsented", "members.consented.label", pending.consented());
        Button save = new Button(t(editing != null ? "members.save" : "members.add"), e -> addMember());
        save.setId("add-member");
        save.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div form = new Div(formTitle, name, contact, consented, save);
        if (editing != null) {
            Button cancel = new Button(t("action.cancel"), e -> {
                draft.pendingMember = new NewApplication.Member("", "", false);
                draft.editingMember = null;
                wizard.refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            form.add(cancel);
        }
        form.addClassName("panel");
        form.setId("member-form");
        add(form);
    }

    private void addMember() {
        store();
        if (wizard.showProblems(ApplicationValidator.validateMember(draft.pendingMember, locale()))) {
            return;
        }
        NewApplication.Member member = draft.pendingMember;
        if (draft.editingMember != null && draft.editingMember < draft.members.size()) {
            draft.members.set(draft.editingMember, member);
        } else {
            draft.members.add(member);
        }
        draft.pendingMember = new NewApplication.Member("", "", false);
        draft.editingMember = null;
        wizard.refresh();
    }

    private void edit(int index) {
        draft.pendingMember = draft.members.get(index);
        draft.editingMember = index;
        wizard.refresh();
    }

    private void remove(int index) {
        draft.members.remove(index);
        draft.editingMember = null;
        draft.pendingMember = new NewApplication.Member("", "", false);
        wizard.refresh();
    }

    @Override
    String heading() {
        return t("members.heading");
    }

    @Override
    void store() {
        draft.pendingMember = new NewApplication.Member(name.getValue(), contact.getValue(), consented.getValue());
    }

    /** A person typed in but not added would be lost by continuing: say so. */
    @Override
    List<ValidationProblem> pageProblems() {
        List<ValidationProblem> problems = new ArrayList<>();
        NewApplication.Member pending = draft.pendingMember;
        if (!pending.name().isBlank() || !value(pending.contact()).isBlank()) {
            problems.add(new ValidationProblem("add-member", t("members.not-added")));
        }
        return problems;
    }
}
