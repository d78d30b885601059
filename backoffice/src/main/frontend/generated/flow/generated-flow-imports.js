import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '4be40e1a07cf39c7d82508a049f66baaf5b261a153078a54d31aa96e944b9729') {
    pending.push(import('./chunks/chunk-4b76a68d7da4221a2c4725c2744c311418b32d2b741f143c496de230f63c5be7.js'));
  }
  if (key === '99b5e2532b00c0fcaa37bb98ce0857f28f79fedfc08d47134645c7afc4ad33f7') {
    pending.push(import('./chunks/chunk-4c77266c25bd093eae817c3a99f6cc71fa12df237a38953c2c64e104d66fae46.js'));
  }
  if (key === '9e825e345fa3ef3a8a1170a231734d9f259dc4bccbca6d80315aacf35eaad160') {
    pending.push(import('./chunks/chunk-4b76a68d7da4221a2c4725c2744c311418b32d2b741f143c496de230f63c5be7.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}