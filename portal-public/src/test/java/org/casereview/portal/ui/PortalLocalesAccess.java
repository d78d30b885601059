package org.casereview.portal.ui;

import com.vaadin.flow.server.VaadinRequest;

import java.util.Locale;

/** Lets the tests in other packages ask which language a request gets. */
public final class PortalLocalesAccess {

    private PortalLocalesAccess() {
    }

    public static Locale localeFor(VaadinRequest request) {
        return PortalLocales.localeFor(request);
    }
}
