// The form moved into another container: a web component's open or closed shadow root, a modal
// dialog, a same-origin frame. What a person reads is the same form with the same title.

import { type Change, STEP } from './change';
import { HEADING, hashClass, isShown, make, wordsOf } from './dom';
import { formRoot } from './labels';
import type { Rng } from './rng';

// Screens whose step is their form: a modal or a frame holding the form shows the same step. On
// the others the fields are a small part of what makes the step (the catalogue's search box, the
// authorisation screen's prefix under its sentence, a basket's quantities), and a modal or frame
// holding just them would be another screen; a page of no step stays one in any container.
const FORM_STEPS = ['new-customer', 'service-details', 'new-tenant', 'unknown'];

/** The form, when it is one a container can hold: in the document, not in a dialog already. */
function movableForm(doc: Document, wholeScreen: boolean): Element | null {
  const root = formRoot(doc);
  if (!root || root.getRootNode() !== doc) return null;
  if (root.closest('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]')) return null;
  if (wholeScreen && !FORM_STEPS.includes(doc.documentElement.getAttribute(STEP) ?? '')) return null;
  return root;
}

function intoShadow(doc: Document, rng: Rng, mode: ShadowRootMode): boolean {
  const form = movableForm(doc, false);
  if (!form) return false;
  const host = doc.createElement(rng.pick(['app-checkout-form', 'x-customer-form', 'lc-form-panel']));
  host.setAttribute('data-mx-shadow', mode);
  host.style.display = 'block';
  form.replaceWith(host);
  const shadow = host.attachShadow({ mode });
  // The component brings the page's styles with it (as a framework adopts its style sheets).
  for (const style of doc.querySelectorAll('style')) shadow.append(style.cloneNode(true));
  shadow.append(form);
  forwardChanges(shadow);
  return true;
}

/**
 * A framework rendered into a shadow root listens there (React at its root container, Angular and
 * Vue on each element); the fixture emulations listen at the document, which a `change` event (not
 * composed) never reaches from inside a shadow root: the root passes it on, composed.
 */
export function forwardChanges(shadow: ShadowRoot): void {
  const view = shadow.host.ownerDocument.defaultView ?? window;
  for (const type of ['change', 'input'])
    shadow.addEventListener(type, (event) => {
      if (!event.composed)
        event.target?.dispatchEvent(new view.Event(type, { bubbles: true, composed: true }));
    });
}

const TITLE = `${HEADING}, md-card-title, mat-card-title, [class*="title"], [class*="headline"]`;

/**
 * The title the form shows under: the nearest heading or card title a person reads before it
 * (not the header's, not a step bar's).
 */
function titleBefore(doc: Document, form: Element): string {
  const before = [...doc.body.querySelectorAll(TITLE)].filter(
    (h) =>
      (form.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_PRECEDING) !== 0 &&
      !h.contains(form) &&
      isShown(h) &&
      !h.closest('header, nav, [role="banner"], [role="navigation"], [role="tablist"], ol, [aria-current]') &&
      /^[^\d]\D{2,79}$/.test(wordsOf(h)),
  );
  return wordsOf(before.at(-1) ?? doc.createTextNode(''));
}

function intoDialog(doc: Document, rng: Rng): boolean {
  const form = movableForm(doc, true);
  if (!form) return false;
  const titleId = `dialog-title-${rng.token(4)}`;
  const dialog = make(
    doc,
    rng.chance(0.5)
      ? `<dialog open class="${hashClass(rng)}" aria-labelledby="${titleId}"></dialog>`
      : `<div role="dialog" aria-modal="true" class="${hashClass(rng)}" aria-labelledby="${titleId}"></div>`,
  );
  // Titled as the page is (a modal has a title; the form's own headings name its sections).
  const title = form.querySelector('h1') ? '' : titleBefore(doc, form);
  if (title) dialog.append(make(doc, `<h2 id="${titleId}">${title.replace(/</g, '&lt;')}</h2>`));
  else dialog.removeAttribute('aria-labelledby');
  form.replaceWith(make(doc, '<div></div>'));
  dialog.append(form);
  // As MUI and the CDK overlay do: the rest of the page hidden from assistive technology.
  if (rng.chance(0.5))
    for (const sibling of doc.body.children)
      if (!sibling.matches('script, style')) sibling.setAttribute('aria-hidden', 'true');
  doc.body.append(
    make(
      doc,
      '<div class="backdrop" aria-hidden="true" style="position:fixed;inset:0;background:rgba(0,0,0,.5)"></div>',
    ),
    dialog,
  );
  return true;
}

/**
 * A same-origin frame. The product runs one content script per frame, with the frame's own
 * globals, and detects each frame on its own document. happy-dom cannot load a frame here, and a
 * second happy-dom Window would give the product the test window's globals (`instanceof Element`
 * fails across windows), so the frame is modelled as what its content script sees: a document that
 * holds the form alone (the page's styles kept), the heading and the rest of the screen being in
 * the top document, which is not checked. "The same step" here: the frame's document is
 * recognised as the page's step from what it holds (its fields and their labels), with every field.
 */
function intoFrame(doc: Document): boolean {
  const form = movableForm(doc, true);
  if (!form) return false;
  doc.body.replaceChildren(form);
  doc.body.setAttribute('data-mx-frame', '');
  return true;
}

export const CONTAINER_CHANGES: Change[] = [
  {
    name: 'shadow-open',
    what: 'the form inside a web component’s open shadow root',
    apply: (doc, rng) => intoShadow(doc, rng, 'open'),
    container: true,
  },
  {
    name: 'shadow-closed',
    what: 'the form inside a closed shadow root',
    apply: (doc, rng) => intoShadow(doc, rng, 'closed'),
    container: true,
  },
  {
    name: 'modal-dialog',
    what: 'the form in a modal <dialog open> or role="dialog" aria-modal, titled as the page',
    apply: intoDialog,
    container: true,
  },
  {
    name: 'frame',
    what: 'the form alone in a same-origin frame’s document',
    apply: intoFrame,
    container: true,
  },
];
