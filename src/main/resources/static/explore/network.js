// The policy network: bodies as nodes, an edge between two bodies for the policies they issued together, weighted by
// how many, over a year range. Clicking an edge lists its policies. The data comes through one small adapter
// (loadNetwork) over cst:issuedBy, so it can move to a server route without touching the drawing.

import { $, el, section, sparqlLink, idOf, byValue } from './dom.js';
import { t, nameOf } from './i18n.js';
import { query, select } from './sparql.js';
import { GraphView } from './graph.js';

/** { bodies: Map iri → policy count, links: [{ a, b, policies: [{ iri, year }] }], query } within [from, to]. */
export async function loadNetwork(from, to) {
  const q = await query('policy-network');
  const rows = await select(q);
  const links = new Map(), bodies = new Map(), policies = new Map();
  for (const row of rows) {
    const year = row.year ? Number(row.year) : null;
    if ((from && (!year || year < from)) || (to && (!year || year > to))) continue;
    const key = row.a + ' ' + row.b;
    if (!links.has(key)) links.set(key, { a: row.a, b: row.b, policies: [] });
    const link = links.get(key);
    if (!link.policies.some((p) => p.iri === row.policy)) link.policies.push({ iri: row.policy, year: row.year });
    for (const body of [row.a, row.b]) {
      if (!policies.has(body)) policies.set(body, new Set());
      policies.get(body).add(row.policy);
    }
  }
  for (const [body, set] of policies) bodies.set(body, set.size);
  return { bodies, links: [...links.values()], query: q, years: rows.map((r) => Number(r.year)).filter(Boolean) };
}

let view = null;

/** state: { id, entityIri, from, to }; ctx: { entityLink, hashFor, typeLabel } */
export async function renderNetwork(container, state, ctx) {
  const graphBox = el('div', { id: 'network-graph', class: 'graph', tabindex: '0', role: 'application',
    'aria-label': t('network.title') });
  const edgeList = el('div', { id: 'network-edge', 'aria-live': 'polite' }, el('p', { class: 'muted' }, t('network.help')));
  const note = el('p', { class: 'muted small', id: 'network-note' }, t('loading'));
  const years = el('form', { class: 'years', id: 'network-years' });
  const about = el('p', { class: 'about' }, t('network.focus') + ': ',
    state.id ? ctx.entityLink(state.id, state.name || state.id) : el('span', {}, t('timeline.all')),
    state.id ? el('span', {}, ' · ', el('a', { href: ctx.hashFor({ id: '' }) }, t('timeline.all'))) : null);
  container.replaceChildren(section(t('network.title'), about, years, note, graphBox, edgeList));
  if (view) view.destroy();
  const net = await loadNetwork(state.from, state.to);
  let links = net.links;
  if (state.entityIri) { // the body's own links, and those among its partners
    const partners = new Set([state.entityIri]);
    for (const l of links) if (l.a === state.entityIri || l.b === state.entityIri) { partners.add(l.a); partners.add(l.b); }
    links = links.filter((l) => partners.has(l.a) && partners.has(l.b));
  }
  const bodies = [...new Set(links.flatMap((l) => [l.a, l.b]))];
  const names = bodies.length ? byValue(await select(await query('labels', { entities: bodies.map((iri) => ({ iri })) })),
    'e', 'label') : [];
  const info = new Map(names.map((g) => [g.value, { labels: g.labels,
    types: [...new Set(g.rows.map((r) => r.type).filter(Boolean))].map(compact) }]));
  const allPolicies = new Set(links.flatMap((l) => l.policies.map((p) => p.iri)));
  yearForm(years, net.years, state, ctx);
  note.textContent = t('network.note', { n: bodies.length, e: links.length, p: allPolicies.size });
  const nodeOf = (iri) => ({ id: idOf(iri) || iri, iri, labels: (info.get(iri) || {}).labels || {},
    types: (info.get(iri) || {}).types || [], depth: iri === state.entityIri ? 0 : 1, weight: net.bodies.get(iri) });
  const graph = { nodes: bodies.map(nodeOf), edges: links.map((l) => ({ source: idOf(l.a) || l.a, target: idOf(l.b) || l.b,
    property: 'cst:issuedBy', label: String(l.policies.length), weight: l.policies.length, undirected: true, link: l })) };
  view = new GraphView(graphBox, {
    nameOf: (node) => nameOf(node).text,
    propertyLabel: () => '',
    typeLabel: ctx.typeLabel,
    onOpen: (id) => { location.hash = ctx.hashFor({ id }); },
    onEdge: (data) => listPolicies(edgeList, data.edge.link, info, ctx),
  });
  await view.show(graph, state.entityIri ? idOf(state.entityIri) : null);
  graphBox.dataset.ready = 'yes';
  container.append(sparqlLink(net.query));
  const touches = (l) => (l.a === state.entityIri || l.b === state.entityIri ? 1 : 0);
  const heaviest = [...links].sort((x, y) => touches(y) - touches(x) || y.policies.length - x.policies.length)[0];
  if (heaviest && state.edge !== false) await listPolicies(edgeList, heaviest, info, ctx);
  return view;
}

async function listPolicies(box, link, info, ctx) {
  const nameFor = (iri) => nameOf({ labels: (info.get(iri) || {}).labels, id: iri }).text;
  const rows = await select(await query('labels', { entities: link.policies.map((p) => ({ iri: p.iri })) }));
  const names = new Map(byValue(rows, 'e', 'label').map((g) => [g.value, g.labels]));
  box.replaceChildren(el('h4', {}, t('network.edge', { a: nameFor(link.a), b: nameFor(link.b), n: link.policies.length })),
    el('ul', { class: 'edge-policies' }, ...link.policies.map((p) => {
      const name = nameOf({ labels: names.get(p.iri), id: p.iri });
      const id = idOf(p.iri);
      return el('li', {}, p.year ? el('time', {}, p.year) : null, ' ',
        id ? ctx.entityLink(id, name.text, { lang: name.lang }) : name.text);
    })));
}

function yearForm(form, years, state, ctx) {
  const min = years.length ? Math.min(...years) : null, max = years.length ? Math.max(...years) : null;
  const from = el('input', { type: 'number', name: 'from', min, max, value: state.from || min || '', 'aria-label': 'from' });
  const to = el('input', { type: 'number', name: 'to', min, max, value: state.to || max || '', 'aria-label': 'to' });
  form.replaceChildren(el('label', {}, t('network.years') + ' '), from, ' – ', to, ' ',
    el('button', { type: 'submit' }, t('search.button')));
  form.onsubmit = (event) => {
    event.preventDefault();
    location.hash = ctx.hashFor({ from: from.value, to: to.value });
  };
}

function compact(iri) {
  const CST = 'https://w3id.org/cstkg/ontology#';
  return iri.startsWith(CST) ? 'cst:' + iri.slice(CST.length) : iri;
}

export const networkView = () => view;

