// The home screen: card photo, one tap to classify, save. Everything else is optional.

import { h, toast } from '../dom.js';
import { t } from '../i18n.js';
import * as session from '../session.js';
import * as store from '../store.js';
import { requestSync } from '../sync.js';
import { classificationGroup, intentGroup, noteChips, photoButton, photosReady, showPicker, thumb } from '../widgets.js';

const PHOTO_LABELS = { card_front: 'capture.card', card_back: 'capture.cardBack', booth_photo: 'capture.photo' };

export async function render(root) {
  await photosReady(); // a shot still shrinking when the language switched: let it be kept first
  const [shows, products, showId, me] = await Promise.all([session.shows(), session.products(),
    session.activeShowId(), session.user()]);
  const userId = me?.user.id ?? null;
  const kept = await store.captureInProgress(userId);
  const draft = { showId, uuid: kept?.uuid ?? crypto.randomUUID(), classification: kept?.classification ?? null,
    intent: kept?.intent ?? null, photos: kept?.photos ?? [], products: new Map(kept?.products) };
  const notes = h('textarea', { id: 'notes', 'data-testid': 'notes', rows: 3, className: 'notes',
    value: kept?.notes ?? '', oninput: () => keep() });
  const strip = h('div', { className: 'thumbs', 'aria-live': 'polite' });
  const message = h('p', { className: 'form-message', role: 'alert' });

  // Every change goes to IndexedDB at once, so a redraw (language switch, another tab, a
  // reload) finds the capture as it was left.
  function keep() {
    store.keepCapture(userId, { uuid: draft.uuid, classification: draft.classification, intent: draft.intent,
      notes: notes.value, products: [...draft.products], photos: draft.photos }).catch(console.error);
  }

  function drawPhotos() {
    strip.replaceChildren(...draft.photos.map((p) => h('div', { className: 'thumb-box' },
      thumb(p.blob, t(PHOTO_LABELS[p.kind])),
      h('button', { type: 'button', className: 'thumb-remove', 'aria-label': t('capture.remove'), text: '×',
        onclick: () => { draft.photos = draft.photos.filter((x) => x !== p); drawPhotos(); keep(); } }))));
  }

  // A new card photo replaces the previous one: the salesperson retook it.
  const addPhotos = (replaceKind) => (photos) => {
    if (replaceKind) draft.photos = draft.photos.filter((p) => p.kind !== replaceKind);
    draft.photos.push(...photos);
    drawPhotos();
    keep();
  };

  let saving = false; // a double tap must not make two leads
  async function save() {
    if (saving) return;
    saving = true;
    await photosReady();
    const text = notes.value.trim();
    if (!draft.photos.length && !text) {
      message.textContent = t('save.empty');
      saving = false;
      return;
    }
    const fields = {
      show_id: draft.showId, captured_at: new Date().toISOString(),
      classification: draft.classification ?? 'browsing',
      ...(draft.intent && { intent: draft.intent }),
      ...(text && { notes: [store.newNote(text)] }),
      ...(draft.products.size && { products: [...draft.products.values()] }),
    };
    await store.saveNewLead(draft.uuid, fields, draft.photos);
    toast(t('saved'));
    root.replaceChildren();
    await render(root);
    requestSync().catch(console.error);
  }

  // The fields scroll; Save stays under the thumb, outside the scrolling part so it covers nothing.
  root.append(h('form', { className: 'capture', onsubmit: (e) => { e.preventDefault(); save(); } },
    h('div', { className: 'capture-fields' },
      showPicker(shows, showId, (id) => { draft.showId = id; session.setActiveShow(id); }),
      h('div', { className: 'camera-row' },
        photoButton({ testid: 'capture-card', label: t('capture.card'), kind: 'card_front', className: 'primary',
          onPhotos: addPhotos('card_front') }),
        photoButton({ testid: 'capture-card-back', label: t('capture.cardBack'), kind: 'card_back',
          onPhotos: addPhotos('card_back') }),
        photoButton({ testid: 'capture-photo', label: t('capture.photo'), kind: 'booth_photo', multiple: true,
          onPhotos: addPhotos(null) })),
      strip,
      classificationGroup(draft.classification, (c) => { draft.classification = c; keep(); }),
      intentGroup(draft.intent, (i) => { draft.intent = i; keep(); }),
      h('label', { for: 'notes', className: 'field-label', text: t('notes.label') }),
      noteChips(notes),
      notes,
      productPicker(products, draft.products, keep)),
    message,
    h('button', { type: 'submit', className: 'save', 'data-testid': 'save-lead', text: t('save') })));
  drawPhotos();
}

function productPicker(products, chosen, onChange) {
  const body = products.length ? products.map((p) => productRow(p, chosen, onChange))
    : h('p', { text: t('products.none') });
  return h('details', { className: 'products', open: chosen.size > 0 }, h('summary', { text: t('products.label') }), body);
}

function productRow(product, chosen, onChange) {
  const picked = chosen.get(product.id);
  const quantity = numberInput(1, picked?.quantity);
  const price = numberInput(0.01, picked?.target_price);
  const box = h('input', { type: 'checkbox', checked: Boolean(picked) });
  const extra = h('div', { className: 'product-extra', hidden: !picked },
    h('label', { className: 'small-field' }, h('span', { text: t('products.quantity') }), quantity),
    h('label', { className: 'small-field' }, h('span', { text: t('products.price') }), price));
  // Read from the inputs on every change, so unticking and ticking again keeps what they show.
  const update = () => {
    extra.hidden = !box.checked;
    if (box.checked) {
      chosen.set(product.id, { product_id: product.id,
        quantity: quantity.value === '' ? null : Math.round(Number(quantity.value)),
        target_price: price.value === '' ? null : Number(price.value) });
    } else {
      chosen.delete(product.id);
    }
    onChange();
  };
  for (const el of [box, quantity, price]) el.addEventListener('input', update);
  return h('div', { className: 'product' },
    h('label', { className: 'product-name' }, box, h('span', { text: `${product.model} · ${product.name}` })), extra);
}

function numberInput(step, value) {
  return h('input', { type: 'number', inputmode: 'decimal', min: 0, step, value: value ?? '' });
}
