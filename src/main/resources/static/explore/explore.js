// The explorer page: search, one entity with its panels and neighbourhood graph, the timeline and the policy network.
// Everything comes from this server's JSON API and /sparql; data reaches the DOM only as text, never as markup.
//
// The fragment is the whole state, so back/forward, bookmarks and shared links work:
//   #<id>?depth=2&q=…&type=…&lang=en&view=graph|timeline|network&only=cst:Policy,…&rel=cst:issuedBy,…&leaves=hide
//        &expand=<id>,…&fact=<statement id>&kinds=article,…&from=2020&to=2024
// e.g. #org/miit?depth=2, #?q=과학원&type=ResearchInstitute, #org/miit?view=network, #?view=timeline&kinds=policy

import { $, el, link, ID, idOf, ID_BASE } from './dom.js';
import { t, loadMessages, initialLanguage, setLanguage, language, nameOf, termText, UI_LANGUAGES } from './i18n.js';
import { GraphView, colourOf, TYPE_COLOURS } from './graph.js';
import { renderEntity, showFact } from './panels.js';
import { renderTimeline, KINDS } from './timeline.js';
import { renderNetwork } from './network.js';
import { query, editorHref } from './sparql.js';
import { loadNames, nameFor } from './names.js';

const CST = 'https://w3id.org/cstkg/ontology#';
const ontology = new Map(); // class or property IRI → { ko, en, zh-Hans }
let shown = { search: null, entity: null, graph: null, view: null, fact: null, lang: null };
let current = parseHash();
let graphView = null;
let graphData = null;
let entityCache = null;
const welcomeTemplate = $('welcome').cloneNode(true);

// ---- state in the fragment ----

function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  const cut = raw.indexOf('?');
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  let id = cut < 0 ? raw : raw.slice(0, cut);
  try { id = decodeURIComponent(id); } catch { id = ''; }
  const list = (name) => (params.get(name) || '').split(',').map((s) => s.trim()).filter(Boolean);
  const year = (name) => (/^\d{4}$/.test(params.get(name) || '') ? Number(params.get(name)) : null);
  const kinds = params.get('kinds');
  return { id: id.replace(/^\/+/, ''), depth: params.get('depth') === '2' ? 2 : 1, q: params.get('q') || '',
    type: params.get('type') || '', lang: UI_LANGUAGES.includes(params.get('lang')) ? params.get('lang') : null,
    view: ['timeline', 'network'].includes(params.get('view')) ? params.get('view') : 'graph',
    only: list('only'), rel: list('rel'), leaves: params.get('leaves') === 'hide', expand: list('expand').filter((x) => ID.test(x)),
    fact: params.get('fact') || '', kinds: kinds === null ? [...KINDS] : list('kinds').filter((k) => KINDS.includes(k)),
    from: year('from'), to: year('to') };
}

function hashFor(change) {
  const s = { ...current, ...change };
  if ('id' in change && change.id !== current.id && !('expand' in change)) s.expand = [];
  if ('id' in change && change.id !== current.id && !('fact' in change)) s.fact = '';
  const params = new URLSearchParams();
  if (s.id && s.depth === 2) params.set('depth', '2');
  if (s.q) params.set('q', s.q);
  if (s.q && s.type) params.set('type', s.type);
  if (s.lang) params.set('lang', s.lang);
  if (s.view !== 'graph') params.set('view', s.view);
  const csv = (v) => (Array.isArray(v) ? v.join(',') : v);
  if (s.only && s.only.length) params.set('only', csv(s.only));
  if (s.rel && s.rel.length) params.set('rel', csv(s.rel));
  if (s.leaves) params.set('leaves', 'hide');
  if (s.expand && s.expand.length) params.set('expand', csv(s.expand));
  if (s.fact) params.set('fact', s.fact);
  const kinds = csv(s.kinds);
  if (s.view === 'timeline' && kinds !== KINDS.join(',')) params.set('kinds', kinds || 'none');
  if (s.view === 'network' && s.from) params.set('from', s.from);
  if (s.view === 'network' && s.to) params.set('to', s.to);
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%2F/g, '/');
  return '#' + (s.id || '') + (query ? '?' + query : '');
}

const entityHref = (id) => hashFor({ id });

/** A link that explores an entity; route() keeps its href in step with the rest of the state. */
function entityLink(id, text, attributes = {}) {
  return link(entityHref(id), text, { ...attributes, 'data-explore': id });
}

function status(message) {
  $('status').hidden = !message;
  $('status').textContent = message || '';
}

// ---- API and ontology terms ----

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = new Error((body && (body.detail || body.title)) || response.status + ' ' + response.statusText);
    error.status = response.status;
    throw error;
  }
  return body;
}

async function loadOntologyLabels() {
  const q = `SELECT ?c ?l WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l
    FILTER(STRSTARTS(STR(?c), "${CST}") && LANG(?l) IN ("ko", "en", "zh-Hans")) }`;
  try {
    const response = await fetch('sparql', { method: 'POST',
      headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' }, body: q });
    if (!response.ok) return;
    for (const row of (await response.json()).results.bindings) {
      const entry = ontology.get(row.c.value) || {};
      entry[row.l['xml:lang']] = row.l.value;
      ontology.set(row.c.value, entry);
    }
  } catch { /* names fall back to compact IRIs */ }
}

/** "issued by" / "발표 기관" / "发布机构" for cst:issuedBy, in the interface language; the compact name otherwise. */
function termLabel(compact) {
  const entry = compact && compact.startsWith('cst:') ? ontology.get(CST + compact.slice(4)) : null;
  return termText(entry, compact || '');
}

function typeChip(compact) {
  return el('span', { class: 'chip', '--type-colour': colourOf([compact]) }, termLabel(compact));
}

const ctx = {
  entityLink, typeChip, termLabel, typeLabel: termLabel, hashFor,
  factHref: (statement) => hashFor({ fact: idOf(statement) || '' }),
};

// ---- interface language ----

function applyLanguage() {
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
  for (const e of document.querySelectorAll('[data-i18n-aria]')) e.setAttribute('aria-label', t(e.dataset.i18nAria));
  for (const e of document.querySelectorAll('[data-term]')) e.textContent = termLabel(e.dataset.term);
  for (const a of document.querySelectorAll('#languages a')) {
    a.classList.toggle('on', a.dataset.lang === language());
    a.setAttribute('aria-current', a.dataset.lang === language() ? 'true' : 'false');
  }
  $('results-status').textContent = current.q ? $('results-status').textContent : t('search.hint');
}

// ---- search ----

async function search(q, type) {
  const key = q + '\u0000' + type + '\u0000' + language();
  if (shown.search === key) return;
  shown.search = key;
  $('q').value = q;
  $('type').value = type;
  const list = $('result-list');
  list.replaceChildren();
  if (!q) { $('results-status').textContent = t('search.hint'); return; }
  $('results-status').textContent = t('search.running');
  const params = new URLSearchParams({ q, limit: '50' });
  if (type) params.set('type', type);
  try {
    const result = await getJson('api/entities?' + params);
    if (shown.search !== key) return;
    $('results-status').textContent = result.items.length
      ? t('search.count', { n: result.items.length }) + (result.items.length === 50 ? t('search.first', { n: 50 }) : '')
      : t('search.none');
    for (const item of result.items) {
      const name = nameOf(item);
      const other = ['ko', 'zh-Hans', 'en'].filter((tag) => tag !== name.lang).map((tag) => (item.labels[tag] || [])[0])
        .filter(Boolean);
      const a = entityLink(item.id, '', { class: 'result' });
      a.append(el('span', { class: 'result-label', lang: name.lang }, name.text),
        el('span', { class: 'result-other' }, other.join(' · ')),
        el('span', { class: 'chips' }, ...item.types.map(typeChip)));
      list.append(el('li', { class: item.id === current.id ? 'selected' : null }, a));
    }
  } catch (error) {
    $('results-status').textContent = t('search.failed') + error.message;
  }
}

// ---- one entity ----

async function showEntity(id) {
  const key = id + ' ' + language();
  if (shown.entity === key) return;
  shown.entity = key;
  if (!ID.test(id)) {
    $('entity').replaceChildren(el('h2', {}, t('notAnId')), el('p', {}, id), el('p', { class: 'muted' }, 'org/miit'));
    return;
  }
  $('entity').replaceChildren(el('p', { class: 'muted' }, t('loading')));
  try {
    const entity = entityCache && entityCache.id === id ? entityCache : await fetchEntity(id);
    entityCache = entity;
    if (shown.entity === key) await renderEntity(entity, ctx);
  } catch (error) {
    if (shown.entity !== key) return;
    $('entity').replaceChildren(el('h2', {}, error.status === 404 ? t('notFound') : t('error')), el('p', {}, error.message));
  }
}

/**
 * The entity's compact view with the first pages of its lists, fetched side by side from its sub-resources: the panel
 * shows the newest 50 articles, the first 200 incoming relations and the first 100 statements with their evidence.
 */
async function fetchEntity(id) {
  const base = 'api/entities/' + id;
  const [entity, incoming, articles, evidence] = await Promise.all([getJson(base), getJson(base + '/incoming?limit=200'),
    getJson(base + '/articles?limit=50'), getJson(base + '/evidence?limit=100')]);
  return { ...entity, incoming: incoming.items, mentionedIn: articles.items, evidence: evidence.items };
}

// ---- neighbourhood graph ----

function ensureGraphView() {
  if (graphView) return graphView;
  graphView = new GraphView($('graph'), {
    nameOf: (node) => nameOf(node).text,
    propertyLabel: termLabel,
    typeLabel: termLabel,
    onOpen: (id) => { if (id !== current.id) location.hash = entityHref(id); },
    onExpand: (id) => {
      if (id === current.id || current.expand.includes(id)) return;
      location.hash = hashFor({ expand: [...current.expand, id] });
    },
  });
  return graphView;
}

async function showGraph() {
  const { id, depth } = current;
  $('depth-1').href = hashFor({ depth: 1 });
  $('depth-2').href = hashFor({ depth: 2 });
  $('depth-1').classList.toggle('on', depth === 1);
  $('depth-2').classList.toggle('on', depth === 2);
  if (!ID.test(id)) return;
  const view = ensureGraphView();
  const key = id + ' ' + depth;
  if (shown.graph !== key) {
    shown.graph = key;
    graphData = { key, expanded: [] };
    $('graph').dataset.ready = 'no';
    $('graph-note').textContent = t('loading');
    try {
      const graph = await getJson(`api/entities/${id}/graph?depth=${depth}`);
      if (shown.graph !== key) return;
      graphData.graph = graph;
      await view.show(graph, id);
      $('graph').dataset.firstPaintMs = String(Math.round(view.firstPaintMs));
    } catch (error) {
      $('graph-note').textContent = error.message;
      return;
    }
  }
  // expansions named in the fragment, each a depth-1 neighbourhood merged in
  for (const more of current.expand) {
    if (graphData.expanded.includes(more)) continue;
    graphData.expanded.push(more);
    try {
      const graph = await getJson(`api/entities/${more}/graph?depth=1`);
      if (shown.graph !== key) return;
      graphData.graph = { ...graphData.graph, nodes: [...graphData.graph.nodes, ...graph.nodes],
        edges: [...graphData.graph.edges, ...graph.edges], truncated: graphData.graph.truncated || graph.truncated };
      await view.merge(graph);
      view.cy.getElementById(more).addClass('expanded');
    } catch { /* an expansion that fails leaves the rest */ }
  }
  view.rename();
  view.filter({ types: current.only.length ? new Set(current.only) : null,
    relations: current.rel.length ? new Set(current.rel) : null, hideLeaves: current.leaves });
  graphControls(view);
  $('graph').dataset.ready = 'yes';
}

function graphControls(view) {
  const { types, relations } = view.inventory();
  const toggleList = (list, chosen, name) => {
    const next = (value) => {
      const set = new Set(chosen);
      if (set.has(value)) set.delete(value); else set.add(value);
      return hashFor({ [name]: [...set] });
    };
    return (value, count, swatch) => el('li', {}, el('a', { href: next(value), class: 'toggle' + (chosen.includes(value) ? ' on' : ''),
      'aria-pressed': String(chosen.includes(value)), 'data-filter': value },
    swatch ? el('span', { class: 'swatch', '--type-colour': swatch }) : null, termLabel(value), ' ',
    el('span', { class: 'muted' }, '(' + count + ')')));
  };
  const typeItem = toggleList(types, current.only, 'only');
  $('type-filter').replaceChildren(...[...types].filter(([c]) => TYPE_COLOURS[c] || c.startsWith('cst:'))
    .sort((a, b) => b[1] - a[1]).map(([c, n]) => typeItem(c, n, colourOf([c]))));
  const relationItem = toggleList(relations, current.rel, 'rel');
  $('relation-filter').replaceChildren(...[...relations].sort((a, b) => b[1] - a[1]).map(([p, n]) => relationItem(p, n)));
  $('graph-leaves').href = hashFor({ leaves: !current.leaves });
  $('graph-leaves').classList.toggle('on', current.leaves);
  $('graph-leaves').setAttribute('aria-pressed', String(current.leaves));
  const visible = view.cy.nodes().not('.filtered').sort((a, b) => a.data('rank') - b.data('rank'));
  $('graph-list').replaceChildren(...visible.map((n) => el('li', {}, entityLink(n.id(), n.data('name')))));
  $('graph-note').textContent = t('graph.note', { n: view.cy.nodes().length, e: view.cy.edges().length,
    v: visible.length, l: $('graph').dataset.labelled }) + (graphData.graph && graphData.graph.truncated ? t('graph.truncated') : '');
  query('neighbourhood', { entity: { iri: ID_BASE + current.id } })
    .then((q) => { $('graph-sparql').href = editorHref(q); $('graph-sparql').title = q; }).catch(() => {});
}

function download(anchor, href, name) {
  anchor.href = href;
  anchor.download = name;
}

$('graph-fit').addEventListener('click', () => graphView && graphView.fit());
$('graph-zoom-in').addEventListener('click', () => graphView && graphView.zoom(1.25));
$('graph-zoom-out').addEventListener('click', () => graphView && graphView.zoom(0.8));
$('graph-reset').addEventListener('click', () => graphView && graphView.reset());
$('graph-png').addEventListener('click', () => {
  if (graphView) download($('graph-png'), graphView.png(), 'cstkg-' + current.id.replace(/\//g, '-') + '.png');
});
$('graph-ttl').addEventListener('click', () => {
  if (!graphView) return;
  const blob = new Blob([graphView.turtle(CST)], { type: 'text/turtle' });
  download($('graph-ttl'), URL.createObjectURL(blob), 'cstkg-' + current.id.replace(/\//g, '-') + '.ttl');
});

// ---- the landing view ----

async function showWelcome() {
  shown.entity = null;
  shown.graph = null;
  document.title = t('title');
  if (!$('welcome')) $('entity').replaceChildren(welcomeTemplate.cloneNode(true));
  for (const e of $('welcome').querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  try {
    const stats = await getJson('api/stats');
    const rows = Object.entries(stats.instancesByClass)
      .filter(([c]) => TYPE_COLOURS[c])
      .sort((a, b) => b[1] - a[1])
      .map(([c, count]) => el('tr', {}, el('th', {}, typeChip(c)), el('td', { class: 'number' }, count)));
    $('stats').replaceChildren(el('h3', {}, t('stats.title')),
      el('p', { class: 'muted small' }, t('stats.line', { t: stats.triples, s: stats.statements })),
      el('table', { class: 'stats' }, ...rows));
  } catch { /* the welcome text is enough */ }
}

// ---- routing ----

async function route() {
  current = parseHash();
  status('');
  if (current.lang && current.lang !== language()) setLanguage(current.lang, true);
  if (shown.lang !== language()) {
    shown.lang = language();
    applyLanguage();
  }
  for (const a of document.querySelectorAll('#views a')) {
    a.href = hashFor({ view: a.dataset.view });
    a.classList.toggle('on', a.dataset.view === current.view);
    a.setAttribute('aria-current', a.dataset.view === current.view ? 'page' : 'false');
  }
  for (const a of document.querySelectorAll('#languages a')) a.href = hashFor({ lang: a.dataset.lang });
  const graphMode = current.view === 'graph';
  $('graph-panel').hidden = !(graphMode && current.id);
  $('timeline').hidden = current.view !== 'timeline';
  $('network').hidden = current.view !== 'network';
  $('entity').hidden = !graphMode; // the other views name their entity themselves
  const work = [search(current.q, current.type)];
  if (current.id && graphMode) work.push(showEntity(current.id));
  else if (graphMode) work.push(showWelcome());
  if (graphMode && current.id) work.push(showGraph());
  const viewKey = [current.view, current.id, current.kinds.join(','), current.from, current.to, language()].join(' ');
  if (!graphMode && shown.view !== viewKey) {
    shown.view = viewKey;
    const entityIri = current.id && ID.test(current.id) ? ID_BASE + current.id : null;
    if (entityIri) await loadNames([entityIri]).catch(() => {});
    const state = { id: current.id, entityIri, name: entityIri ? nameFor(entityIri, current.id).text : null,
      kinds: new Set(current.kinds), from: current.from, to: current.to };
    work.push((current.view === 'timeline' ? renderTimeline($('timeline'), state, ctx)
      : renderNetwork($('network'), state, ctx)).catch((error) => status(t('error') + ': ' + error.message)));
  }
  if (current.fact && shown.fact !== current.fact && ID.test(current.fact)) {
    shown.fact = current.fact;
    work.push(showFact(ID_BASE + current.fact, ctx));
  } else if (!current.fact) {
    shown.fact = null;
    if ($('fact').open) $('fact').close();
  }
  for (const a of document.querySelectorAll('a[data-explore]')) a.href = entityHref(a.dataset.explore);
  for (const item of $('result-list').children)
    item.classList.toggle('selected', item.firstChild.dataset.explore === current.id);
  await Promise.all(work);
  document.body.dataset.ready = 'yes';
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('q').value.trim();
  if (!q) { status(t('search.empty')); return; }
  location.hash = hashFor({ q, type: $('type').value });
});
$('type').addEventListener('change', () => { if ($('q').value.trim()) $('search').requestSubmit(); });
$('fact').addEventListener('close', () => { if (current.fact) location.hash = hashFor({ fact: '' }); });
for (const a of document.querySelectorAll('#languages a'))
  a.addEventListener('click', () => setLanguage(a.dataset.lang, true));
window.addEventListener('hashchange', route);

await loadMessages();
setLanguage(current.lang || await initialLanguage(), Boolean(current.lang));
await loadOntologyLabels();
route();
