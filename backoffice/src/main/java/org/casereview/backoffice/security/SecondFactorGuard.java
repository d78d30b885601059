package org.casereview.backoffice.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.casereview.staff.SecondStep;
import org.springframework.stereotype.Component;

/**
 * Inside the application, as {@link SessionRules} does for pages the browser opens: a sign-in waiting for its second
 * step is taken to the page for it, whichever screen it asks for. Screens for roles are refused to it anyway (it has
 * none); this covers those every signed-in member of staff may open.
 */
@Component
class SecondFactorGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(SecondFactorGuard::check));
    }

    static void check(BeforeEnterEvent event) {
        SecondStep pending = SecondFactor.pending();
        Class<?> target = event.getNavigationTarget();
        if (pending == SecondStep.NONE || target == LoginView.class) {
            return;
        }
        Class<? extends com.vaadin.flow.component.Component> step =
                pending == SecondStep.CODE ? TwoFactorCodeView.class : TwoFactorRequiredView.class;
        if (target != step) {
            event.rerouteTo(step);
        }
    }
}
