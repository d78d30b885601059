package org.casereview.portal.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The portal's language: British English, unless the browser asks for a language the portal has translations for
 * (a {@code vaadin-i18n/translations_cy.properties} file makes Welsh one). The page's {@code <html lang>} says which,
 * for screen readers and WCAG 3.1.1.
 */
@Component
class PortalLocales implements VaadinServiceInitListener {

    static final Locale DEFAULT = Locale.UK;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", localeFor(response.getVaadinRequest()).toLanguageTag()));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(localeFor(VaadinService.getCurrentRequest())));
    }

    static Locale localeFor(@Nullable VaadinRequest request) {
        I18NProvider provider = VaadinService.getCurrent() == null ? null
                : VaadinService.getCurrent().getInstantiator().getI18NProvider();
        List<Locale> provided = provider == null ? List.of() : provider.getProvidedLocales();
        Locale asked = request == null ? null : request.getLocale();
        if (asked == null || asked.getLanguage().equals(DEFAULT.getLanguage())) {
            return DEFAULT;
        }
        return provided.stream().filter(locale -> locale.getLanguage().equals(asked.getLanguage())).findFirst()
                .orElse(DEFAULT);
    }
}
