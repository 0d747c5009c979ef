// The home screen: card photo, one tap to classify, save. Everything else is optional.

import { h, toast } from '../dom.js';
import { t } from '../i18n.js';
import * as session from '../session.js';
import * as store from '../store.js';
import { requestSync } from '../sync.js';
import { classificationGroup, intentGroup, noteChips, photoButton, showPicker, thumb } from '../widgets.js';

const PHOTO_LABELS = { card_front: 'capture.card', card_back: 'capture.cardBack', booth_photo: 'capture.photo' };

export async function render(root) {
  const [shows, products, showId] = await Promise.all([session.shows(), session.products(), session.activeShowId()]);
  const draft = { showId, classification: null, intent: null, photos: [], products: new Map() };
  const notes = h('textarea', { id: 'notes', 'data-testid': 'notes', rows: 3, className: 'notes' });
  const strip = h('div', { className: 'thumbs', 'aria-live': 'polite' });
  const message = h('p', { className: 'form-message', role: 'alert' });

  function drawPhotos() {
    strip.replaceChildren(...draft.photos.map((p) => h('div', { className: 'thumb-box' },
      thumb(p.blob, t(PHOTO_LABELS[p.kind])),
      h('button', { type: 'button', className: 'thumb-remove', 'aria-label': t('capture.remove'), text: '×',
        onclick: () => { draft.photos = draft.photos.filter((x) => x !== p); drawPhotos(); } }))));
  }

  // A new card photo replaces the previous one: the salesperson retook it.
  const addPhotos = (replaceKind) => (photos) => {
    if (replaceKind) draft.photos = draft.photos.filter((p) => p.kind !== replaceKind);
    draft.photos.push(...photos);
    drawPhotos();
  };

  async function save() {
    const text = notes.value.trim();
    if (!draft.photos.length && !text) {
      message.textContent = t('save.empty');
      return;
    }
    const fields = {
      show_id: draft.showId, captured_at: new Date().toISOString(),
      classification: draft.classification ?? 'browsing',
      ...(draft.intent && { intent: draft.intent }),
      ...(text && { notes: [store.newNote(text)] }),
      ...(draft.products.size && { products: [...draft.products.values()] }),
    };
    await store.saveNewLead(crypto.randomUUID(), fields, draft.photos);
    toast(t('saved'));
    root.replaceChildren();
    await render(root);
    requestSync().catch(console.error);
  }

  // The fields scroll; Save stays under the thumb, outside the scrolling part so it covers nothing.
  root.append(
    h('form', { className: 'capture', onsubmit: (e) => { e.preventDefault(); save(); } },
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
      classificationGroup(null, (c) => { draft.classification = c; }),
      intentGroup(null, (i) => { draft.intent = i; }),
      h('label', { for: 'notes', className: 'field-label', text: t('notes.label') }),
      noteChips(notes),
      notes,
      productPicker(products, draft.products)),
      message,
      h('button', { type: 'submit', className: 'save', 'data-testid': 'save-lead', text: t('save') })));
}

function productPicker(products, chosen) {
  const body = products.length ? products.map((p) => productRow(p, chosen)) : h('p', { text: t('products.none') });
  return h('details', { className: 'products' }, h('summary', { text: t('products.label') }), body);
}

function productRow(product, chosen) {
  const extra = h('div', { className: 'product-extra', hidden: true },
    numberField(t('products.quantity'), 1, (v) => { chosen.get(product.id).quantity = v === null ? null : Math.round(v); }),
    numberField(t('products.price'), 0.01, (v) => { chosen.get(product.id).target_price = v; }));
  const box = h('input', { type: 'checkbox', onchange: () => {
    if (box.checked) chosen.set(product.id, { product_id: product.id, quantity: null, target_price: null });
    else chosen.delete(product.id);
    extra.hidden = !box.checked;
  } });
  return h('div', { className: 'product' },
    h('label', { className: 'product-name' }, box, h('span', { text: `${product.model} · ${product.name}` })), extra);
}

function numberField(label, step, onValue) {
  return h('label', { className: 'small-field' }, h('span', { text: label }),
    h('input', { type: 'number', inputmode: 'decimal', min: 0, step,
      oninput: (e) => onValue(e.target.value === '' ? null : Number(e.target.value)) }));
}
