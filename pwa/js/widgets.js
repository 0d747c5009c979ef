// Controls the capture screen and the lead page share.

import { h } from './dom.js';
import { t } from './i18n.js';
import { takePhoto } from './images.js';

export const CLASSIFICATIONS = ['key', 'potential', 'browsing'];
export const INTENTS = ['ordered', 'intends_to_order', 'terms_not_agreed', 'wants_materials', 'just_looking'];
// DOMAIN.md: the questions that reveal a real buyer.
const CHIPS = ['specs', 'price', 'quantity', 'brand', 'suppliers', 'terms', 'port', 'packaging'];

/** One tap picks; tapping the picked one again clears it (when `optional`). */
export function choiceGroup({ legend, options, value, onChange, optional = false, className = '' }) {
  let current = value;
  const buttons = options.map((o) => h('button', {
    type: 'button', className: `choice ${className} choice-${o.value}`, 'data-testid': o.testid,
    'aria-pressed': String(o.value === current), text: o.label,
    onclick: () => {
      current = optional && current === o.value ? null : o.value;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === buttonFor(current)));
      onChange(current);
    },
  }));
  const buttonFor = (v) => buttons[options.findIndex((o) => o.value === v)];
  return h('fieldset', { className: 'choices' }, h('legend', { text: legend }), h('div', { className: 'row' }, buttons));
}

export function classificationGroup(value, onChange) {
  return choiceGroup({
    legend: t('class.label'), value, onChange, className: 'big',
    options: CLASSIFICATIONS.map((c) => ({ value: c, label: t(`class.${c}`), testid: `class-${c}` })),
  });
}

export function intentGroup(value, onChange) {
  return choiceGroup({
    legend: t('intent.label'), value, onChange, optional: true,
    options: INTENTS.map((i) => ({ value: i, label: t(`intent.${i}`), testid: `intent-${i}` })),
  });
}

/** Quick chips that start a line in the notes, so a question is one tap and a few words. */
export function noteChips(textarea) {
  return h('div', { className: 'chips', role: 'group', 'aria-label': t('notes.chips') },
    CHIPS.map((c) => h('button', {
      type: 'button', className: 'chip', text: t(`chip.${c}`),
      onclick: () => {
        const text = textarea.value;
        textarea.value = `${text}${text && !text.endsWith('\n') ? '\n' : ''}${t(`chip.${c}`)}: `;
        textarea.focus();
        textarea.setSelectionRange(textarea.value.length, textarea.value.length);
        textarea.dispatchEvent(new Event('input'));
      },
    })));
}

/** A big button over a file input; `capture` opens the rear camera directly on phones. */
export function photoButton({ testid, label, kind, multiple = false, onPhotos, className = '' }) {
  const input = h('input', {
    type: 'file', accept: 'image/*', capture: 'environment', multiple, className: 'visually-hidden',
    'data-testid': testid, 'aria-label': label,
    onchange: async () => onPhotos(await takePhoto(input, kind)),
  });
  return h('label', { className: `photo-button ${className}` }, input, h('span', { text: label }));
}

export function thumb(blobOrUrl, alt) {
  const src = typeof blobOrUrl === 'string' ? blobOrUrl : URL.createObjectURL(blobOrUrl);
  const img = h('img', { src, alt, className: 'thumb', decoding: 'async' });
  if (src.startsWith('blob:')) img.addEventListener('load', () => URL.revokeObjectURL(src), { once: true });
  return img;
}

export function showPicker(shows, activeId, onChange) {
  return h('label', { className: 'show-picker' }, h('span', { text: t('show.label') }),
    h('select', { onchange: (e) => onChange(e.target.value ? Number(e.target.value) : null) },
      h('option', { value: '', text: t('show.none') }),
      shows.map((s) => h('option', { value: String(s.id), text: s.name, selected: s.id === activeId }))));
}
