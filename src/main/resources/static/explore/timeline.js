// The timeline: articles, dated policies and events in date order, by year, filterable by kind and by entity (the one
// open, if any). Its whole state lives in the page's fragment (view=timeline, kinds=…, the entity id).

import { el, section, sparqlLink, idOf, byValue } from './dom.js';
import { t, nameOf } from './i18n.js';
import { query, select } from './sparql.js';

export const KINDS = ['article', 'event', 'policy'];

/** state: { id, entityIri, kinds:Set }; ctx: { entityLink, hashFor } */
export async function renderTimeline(container, state, ctx) {
  container.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  const q = state.entityIri ? await query('timeline-about', { entity: { iri: state.entityIri } }) : await query('timeline');
  const groups = byValue(await select(q), 'e', 'label');
  const items = groups.map((g) => ({ iri: g.value, labels: g.labels, kind: g.rows[0].kind, day: g.rows[0].day }))
    .filter((item) => state.kinds.has(item.kind))
    .sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind));
  const kinds = el('p', { class: 'kinds', role: 'group', 'aria-label': t('timeline.kinds') }, t('timeline.kinds') + ': ',
    ...KINDS.map((kind) => {
      const next = new Set(state.kinds);
      if (next.has(kind)) next.delete(kind); else next.add(kind);
      return el('a', { class: 'toggle kind-' + kind + (state.kinds.has(kind) ? ' on' : ''),
        href: ctx.hashFor({ kinds: [...next].join(',') || 'none' }), 'aria-pressed': String(state.kinds.has(kind)) },
      t('kind.' + kind));
    }));
  const about = el('p', { class: 'about' }, t('timeline.entity') + ': ',
    state.id ? ctx.entityLink(state.id, state.name || state.id) : el('span', {}, t('timeline.all')),
    state.id ? el('span', {}, ' · ', el('a', { href: ctx.hashFor({ id: '' }) }, t('timeline.all'))) : null);
  const years = new Map();
  for (const item of items) {
    const year = item.day.slice(0, 4);
    if (!years.has(year)) years.set(year, []);
    years.get(year).push(item);
  }
  const most = Math.max(1, ...[...years.values()].map((list) => list.length));
  const histogram = el('ol', { class: 'histogram', 'aria-hidden': 'true' }, ...[...years].map(([year, list]) =>
    el('li', {}, el('span', { class: 'year' }, year),
      el('span', { class: 'bar', '--share': (list.length / most).toFixed(3) }), el('span', { class: 'n' }, list.length))));
  const list = el('ol', { class: 'timeline-list' });
  for (const [year, entries] of years) {
    list.append(el('li', { class: 'year-group' }, el('h4', {}, year, ' ', el('span', { class: 'muted' },
      t('timeline.count', { n: entries.length }))),
    el('ul', {}, ...entries.map((item) => {
      const name = nameOf({ labels: item.labels, id: item.iri });
      const id = idOf(item.iri);
      return el('li', { class: 'item kind-' + item.kind },
        el('time', { datetime: item.day }, item.day), ' ',
        el('span', { class: 'chip kind-' + item.kind }, t('kind.' + item.kind)), ' ',
        id ? ctx.entityLink(id, name.text, { lang: name.lang }) : el('span', { lang: name.lang }, name.text));
    }))));
  }
  container.replaceChildren(section(t('timeline.title'), kinds, about,
    el('p', { class: 'muted small' }, t('timeline.count', { n: items.length })),
    histogram, items.length ? list : el('p', { class: 'muted' }, t('none')), sparqlLink(q)));
  container.dataset.items = String(items.length);
}
