// The explorer page: search, one entity, its neighbourhood. Everything it shows comes from this server's JSON API
// and /sparql (ontology labels); data reaches the DOM only as text nodes and attribute values, never as markup.
//
// Deep links live in the fragment: #<id>[?depth=1|2][&q=<search>][&type=<class>], e.g. #org/miit?depth=2,
// #?q=과학원&type=ResearchInstitute. The fragment is the whole state, so back/forward and bookmarks work.

import { drawGraph, colourOf, TYPE_COLOURS } from './graph.js';

const CST = 'https://w3id.org/cstkg/ontology#';
const LANGUAGES = [
  ['ko', '한국어', 'Korean'],
  ['zh-Hans', '중국어 간체', 'Simplified Chinese'],
  ['zh-Hant', '중국어 번체', 'Traditional Chinese'],
  ['zh-Latn-pinyin', '병음', 'Pinyin'],
  ['en', '영어', 'English'],
];
const PREFERENCE = ['ko', 'en', 'zh-Hans', 'zh-Hant', 'zh', 'zh-Latn-pinyin'];

const $ = (id) => document.getElementById(id);
const ontology = new Map(); // class or property IRI → { ko, en }
let shown = { search: null, entity: null, graph: null };
let current = { id: '', depth: 1, q: '', type: '' };
const welcomeTemplate = $('welcome').cloneNode(true);

// ---- small DOM helpers: text only ----

function el(tag, attributes, ...children) {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    // custom properties go through the CSSOM: the Content-Security-Policy allows no inline style attributes
    if (key.startsWith('--')) e.style.setProperty(key, String(value));
    else e.setAttribute(key, String(value));
  }
  for (const child of children)
    if (child !== null && child !== undefined) e.append(child instanceof Node ? child : String(child));
  return e;
}

/** A link, only to a path of this server, a fragment of this page, or http(s). */
function link(href, text, attributes = {}) {
  const safe = typeof href === 'string' && (/^(#|explore#|id\/|api\/)/.test(href) || /^https?:\/\//.test(href));
  return safe ? el('a', { ...attributes, href }, text) : el('span', {}, text);
}

function section(titleKo, titleEn, ...content) {
  return el('section', {}, el('h3', {}, titleKo + ' ', el('span', { class: 'en' }, '(' + titleEn + ')')), ...content);
}

function status(message) {
  $('status').hidden = !message;
  $('status').textContent = message || '';
}

// ---- state in the fragment ----

function parseHash() {
  const raw = location.hash.replace(/^#/, '');
  const cut = raw.indexOf('?');
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  let id = cut < 0 ? raw : raw.slice(0, cut);
  try { id = decodeURIComponent(id); } catch { id = ''; }
  return { id: id.replace(/^\/+/, ''), depth: params.get('depth') === '2' ? 2 : 1, q: params.get('q') || '',
    type: params.get('type') || '' };
}

function hashFor(change) {
  const s = { ...current, ...change };
  const params = new URLSearchParams();
  if (s.id && s.depth === 2) params.set('depth', '2');
  if (s.q) params.set('q', s.q);
  if (s.q && s.type) params.set('type', s.type);
  const query = params.toString();
  return '#' + (s.id || '') + (query ? '?' + query : '');
}

const entityHref = (id) => hashFor({ id });

/** A link that explores an entity; route() keeps its href in step with the current depth and search. */
function entityLink(id, text, attributes = {}) {
  return link(entityHref(id), text, { ...attributes, 'data-explore': id });
}

// ---- API ----

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
  const query = `SELECT ?c ?l WHERE { ?c <http://www.w3.org/2000/01/rdf-schema#label> ?l
    FILTER(STRSTARTS(STR(?c), "${CST}") && LANG(?l) IN ("ko", "en")) }`;
  try {
    const response = await fetch('sparql', { method: 'POST',
      headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' },
      body: query });
    if (!response.ok) return;
    for (const row of (await response.json()).results.bindings) {
      const entry = ontology.get(row.c.value) || {};
      entry[row.l['xml:lang']] = row.l.value;
      ontology.set(row.c.value, entry);
    }
  } catch { /* names fall back to compact IRIs */ }
}

/** "발표 기관 (issued by)" for cst:issuedBy; the compact name when the ontology has no label. */
function termLabel(compact) {
  const entry = compact && compact.startsWith('cst:') ? ontology.get(CST + compact.slice(4)) : null;
  if (!entry) return compact || '';
  if (entry.ko && entry.en) return `${entry.ko} (${entry.en})`;
  return entry.ko || entry.en;
}

function typeChip(compact) {
  return el('span', { class: 'chip', '--type-colour': colourOf([compact]) }, termLabel(compact));
}

function pickLanguage(labels) {
  for (const lang of PREFERENCE) if (labels && labels[lang] && labels[lang].length) return lang;
  return null;
}

// ---- search ----

async function search(q, type) {
  const key = q + '\u0000' + type;
  if (shown.search === key) return;
  shown.search = key;
  $('q').value = q;
  $('type').value = type;
  const list = $('result-list');
  list.replaceChildren();
  if (!q) {
    $('results-status').textContent = '이름의 일부로 검색하세요. 예: 과학원, 科學院, academy of sciences';
    return;
  }
  $('results-status').textContent = '검색 중… (searching)';
  const params = new URLSearchParams({ q, limit: '50' });
  if (type) params.set('type', type);
  try {
    const result = await getJson('api/entities?' + params);
    if (shown.search !== key) return;
    $('results-status').textContent = result.items.length
      ? `결과 ${result.items.length}건 (results)` + (result.items.length === 50 ? ' — 처음 50건 (first 50)' : '')
      : '결과 없음 (no results)';
    for (const item of result.items) {
      const other = [...(item.labels['zh-Hans'] || []).slice(0, 1), ...(item.labels.en || []).slice(0, 1)];
      const a = entityLink(item.id, '', { class: 'result' });
      a.append(el('span', { class: 'result-label', lang: pickLanguage(item.labels) }, item.label || item.id),
        el('span', { class: 'result-other' }, other.join(' · ')),
        el('span', { class: 'chips' }, ...item.types.map(typeChip)));
      list.append(el('li', { class: item.id === current.id ? 'selected' : null }, a));
    }
  } catch (error) {
    $('results-status').textContent = '검색 실패 (search failed): ' + error.message;
  }
}

// ---- one entity ----

function labelsTable(entity) {
  const table = el('table', { class: 'labels' });
  const languages = [...LANGUAGES];
  for (const lang of new Set([...Object.keys(entity.labels), ...Object.keys(entity.altLabels)]))
    if (!languages.some(([tag]) => tag === lang)) languages.push([lang, lang || '언어 없음', lang || 'no language']);
  for (const [lang, ko, en] of languages) {
    const main = entity.labels[lang] || [], alt = entity.altLabels[lang] || [];
    if (!main.length && !alt.length) continue;
    const cell = el('td', { lang: lang || null }, main.join(' · '));
    if (alt.length) cell.append(el('div', { class: 'alt' }, '다른 이름 (also): ' + alt.join(' · ')));
    table.append(el('tr', {}, el('th', {}, ko, el('span', { class: 'en' }, ' (' + en + ')')), cell));
  }
  return table;
}

function relationList(relations, outgoing) {
  const list = el('ul', { class: 'relations' });
  for (const r of relations) {
    const node = r.node.id ? entityLink(r.node.id, r.node.label || r.node.id, { class: 'neighbour' })
      : el('span', {}, r.node.label || r.node.iri);
    const property = el('span', { class: 'property', title: r.property }, termLabel(r.property));
    list.append(outgoing ? el('li', {}, property, ' → ', node) : el('li', {}, node, ' → ', property));
  }
  return list;
}

function articleList(articles) {
  const sorted = [...articles].sort((a, b) => (b.publishedOn || '').localeCompare(a.publishedOn || ''));
  return el('ul', { class: 'articles' }, ...sorted.map((a) => el('li', {},
    el('time', a.publishedOn ? { datetime: a.publishedOn } : { class: 'muted' }, a.publishedOn || '날짜 없음'), ' ',
    link('id/' + a.id, a.title || a.id))));
}

function evidenceList(entity) {
  const names = new Map([[entity.id, entity.label]]);
  for (const r of [...entity.outgoing, ...entity.incoming]) if (r.node.id) names.set(r.node.id, r.node.label);
  const name = (ref) => ref.id === entity.id ? el('strong', {}, entity.label || entity.id)
    : ref.id ? entityLink(ref.id, names.get(ref.id) || ref.id) : el('span', {}, ref.iri);
  // a fact with a literal object (a year, a count): the API gives no value, the entity's attributes do
  const value = (f) => f.object.iri ? name(f.object) : el('span', { class: 'value' },
    entity.attributes.filter((a) => a.property === f.property).map((a) => a.value).join(', '));
  const bySentence = new Map();
  const reference = [];
  for (const e of entity.evidence) {
    if (e.basis === 'reference-data') { reference.push(e); continue; }
    const key = (e.sentence || e.statement) + ' ' + (e.contextSentence || '');
    if (!bySentence.has(key))
      bySentence.set(key, { text: e.text, context: e.contextText, article: e.article, facts: [] });
    bySentence.get(key).facts.push(e);
  }
  const facts = (list) => el('ul', { class: 'facts' }, ...list.map((f) => el('li', {}, name(f.subject), ' — ',
    el('span', { class: 'property', title: f.property }, termLabel(f.property)), ' → ', value(f))));
  const list = el('ul', { class: 'evidence' });
  for (const { text, context, article, facts: stated } of bySentence.values()) {
    const articleId = article && article.startsWith('https://w3id.org/cstkg/id/')
      ? article.slice('https://w3id.org/cstkg/id/'.length) : null;
    list.append(el('li', { class: 'stated' },
      el('div', { class: 'basis' }, '기사 문장 (stated in the article)'),
      el('blockquote', { lang: 'ko' }, text || '(문장 없음 — no sentence recorded)'),
      context ? el('blockquote', { lang: 'ko', class: 'context' }, '맥락 (context): ', context) : null,
      facts(stated),
      articleId ? el('div', { class: 'source' }, '출처 (source): ', link('id/' + articleId, articleId)) : null));
  }
  if (reference.length)
    list.append(el('li', { class: 'reference' },
      el('div', { class: 'basis' }, '참조 데이터 (reference data, not stated in an article): ',
        (reference[0].reference && reference[0].reference.label) || 'cstkg gazetteer'),
      facts(reference)));
  return list;
}

function renderEntity(entity) {
  const lang = pickLanguage(entity.labels);
  const english = (entity.labels.en || [])[0];
  const parts = [
    el('header', { class: 'entity-head' },
      el('h2', { lang }, entity.label || entity.id),
      english && lang !== 'en' ? el('p', { class: 'english', lang: 'en' }, english) : null,
      el('p', { class: 'chips' }, ...entity.types.map((t) => typeChip(t.iri.startsWith(CST)
        ? 'cst:' + t.iri.slice(CST.length) : t.label))),
      el('p', { class: 'muted small' }, el('code', {}, entity.id), ' · ',
        link('id/' + entity.id, 'Linked Data'), ' · ', link('api/entities/' + entity.id, 'JSON'))),
    section('이름', 'Names', labelsTable(entity)),
  ];
  if (entity.attributes.length)
    parts.push(section('속성', 'Attributes', el('table', { class: 'attributes' }, ...entity.attributes.map((a) =>
      el('tr', {}, el('th', { title: a.property }, termLabel(a.property)), el('td', { lang: a.lang }, a.value))))));
  if (entity.externalLinks.length)
    parts.push(section('외부 링크', 'External links', el('ul', {}, ...entity.externalLinks.map((x) => el('li', {},
      link(x.url, x.source + ' ' + x.identifier, { rel: 'noopener', target: '_blank' }),
      x.verified ? el('span', {}, ' 검증됨 (verified offline' + (x.checkedOn ? ', ' + x.checkedOn : '') + ')')
        : el('span', { class: 'warn' }, x.status === 'rejected' ? ' 기각 (rejected)' : ' 미검증 (unverified)'))))));
  const relations = [];
  if (entity.outgoing.length)
    relations.push(el('h4', {}, '이 개체 → (outgoing)'), relationList(entity.outgoing, true));
  if (entity.incoming.length)
    relations.push(el('h4', {}, '→ 이 개체 (incoming)'), relationList(entity.incoming, false));
  parts.push(section('관계', 'Relations', ...(relations.length ? relations : [el('p', { class: 'muted' }, '없음 (none)')])));
  parts.push(section('언급한 기사', 'Articles mentioning it', entity.mentionedIn.length
    ? articleList(entity.mentionedIn) : el('p', { class: 'muted' }, '없음 (none)')));
  if (entity.totals && entity.totals.mentionedIn > entity.mentionedIn.length) {
    parts.push(el('p', { class: 'muted' }, `최근 ${entity.mentionedIn.length}건 / 전체 ${entity.totals.mentionedIn}건 `
      + `(newest ${entity.mentionedIn.length} of ${entity.totals.mentionedIn})`));
  }
  parts.push(section('근거 문장', 'Source sentences', entity.evidence.length
    ? evidenceList(entity) : el('p', { class: 'muted' }, '없음 (none)')));
  $('entity').replaceChildren(...parts);
  document.title = (entity.label || entity.id) + ' — cstkg 탐색기';
}

// the id syntax of the API (org.cstkg.api.Ids), without dot segments, so a fragment cannot steer a request elsewhere
const ID = /^(?!\.{1,2}(\/|$))[A-Za-z0-9][A-Za-z0-9._~-]*(\/(?!\.{1,2}(\/|$))[A-Za-z0-9._~-]+){0,8}$/;

async function showEntity(id) {
  if (shown.entity === id) return;
  shown.entity = id;
  if (!ID.test(id)) {
    $('entity').replaceChildren(el('h2', {}, '잘못된 id (not an id)'), el('p', {}, id),
      el('p', { class: 'muted' }, '예 (e.g.): org/miit'));
    return;
  }
  $('entity').replaceChildren(el('p', { class: 'muted' }, '불러오는 중… (loading)'));
  try {
    const entity = await getJson('api/entities/' + id);
    if (shown.entity === id) renderEntity(entity);
  } catch (error) {
    if (shown.entity !== id) return;
    $('entity').replaceChildren(el('h2', {}, error.status === 404 ? '찾을 수 없음 (not found)' : '오류 (error)'),
      el('p', {}, error.message));
  }
}

// ---- neighbourhood graph ----

async function showGraph(id, depth) {
  const key = id + ' ' + depth;
  $('graph-panel').hidden = false;
  $('depth-1').href = hashFor({ depth: 1 });
  $('depth-2').href = hashFor({ depth: 2 });
  $('depth-1').classList.toggle('on', depth === 1);
  $('depth-2').classList.toggle('on', depth === 2);
  if (shown.graph === key) return;
  shown.graph = key;
  if (!ID.test(id)) {
    $('graph').replaceChildren();
    $('legend').replaceChildren();
    $('graph-note').textContent = '';
    return;
  }
  $('graph-note').textContent = '불러오는 중… (loading)';
  try {
    const graph = await getJson(`api/entities/${id}/graph?depth=${depth}`);
    if (shown.graph !== key) return;
    drawGraph($('graph'), graph, {
      onSelect: (next) => { if (next !== current.id) location.hash = entityHref(next); },
      propertyLabel: (p) => shortTerm(p),
      typeLabel: termLabel,
    });
    $('graph-note').textContent = `노드 ${graph.nodes.length} · 관계 ${graph.edges.length} (nodes · edges)`
      + (graph.truncated ? ' — 일부만 표시 (truncated)' : '')
      + ' · 노드를 누르면 그 개체로 이동 (click a node to recentre); 휠: 확대, 끌기: 이동, 더블클릭: 맞춤';
    const types = new Set(graph.nodes.flatMap((n) => n.types.filter((t) => TYPE_COLOURS[t]).slice(0, 1)));
    $('legend').replaceChildren(...[...types].map((t) =>
      el('li', { '--type-colour': colourOf([t]) }, termLabel(t))));
  } catch (error) {
    if (shown.graph !== key) return;
    $('graph').replaceChildren();
    $('legend').replaceChildren();
    $('graph-note').textContent = '관계도를 불러오지 못함 (graph failed): ' + error.message;
  }
}

/** Korean name only in the diagram, to keep edge labels short. */
function shortTerm(compact) {
  const entry = compact && compact.startsWith('cst:') ? ontology.get(CST + compact.slice(4)) : null;
  return (entry && (entry.ko || entry.en)) || compact;
}

// ---- the landing view ----

async function showWelcome() {
  shown.entity = null;
  shown.graph = null;
  $('graph-panel').hidden = true;
  document.title = 'cstkg 탐색기 (Explorer)';
  if (!$('welcome')) $('entity').replaceChildren(welcomeTemplate.cloneNode(true));
  if ($('stats').childElementCount) return;
  try {
    const stats = await getJson('api/stats');
    const rows = Object.entries(stats.instancesByClass)
      .filter(([c]) => TYPE_COLOURS[c])
      .sort((a, b) => b[1] - a[1])
      .map(([c, count]) => el('tr', {}, el('th', {}, typeChip(c)), el('td', { class: 'number' }, count)));
    $('stats').replaceChildren(el('h3', {}, '그래프 현황 ', el('span', { class: 'en' }, '(What the graph holds)')),
      el('p', { class: 'muted small' }, `트리플 ${stats.triples} · 근거 문장이 있는 사실 ${stats.statements}`
        + ' (triples · facts with sources)'),
      el('table', { class: 'stats' }, ...rows));
  } catch { /* the welcome text is enough */ }
}

async function route() {
  current = parseHash();
  status('');
  $('graph-panel').hidden = !current.id;
  const work = [search(current.q, current.type)];
  if (current.id) work.push(showEntity(current.id), showGraph(current.id, current.depth));
  else work.push(showWelcome());
  for (const a of document.querySelectorAll('a[data-explore]')) a.href = entityHref(a.dataset.explore);
  for (const item of $('result-list').children)
    item.classList.toggle('selected', item.firstChild.dataset.explore === current.id);
  await Promise.all(work);
}

$('search').addEventListener('submit', (event) => {
  event.preventDefault();
  const q = $('q').value.trim();
  if (!q) { status('검색어를 입력하세요 (enter a search text)'); return; }
  location.hash = hashFor({ q, type: $('type').value });
});
$('type').addEventListener('change', () => { if ($('q').value.trim()) $('search').requestSubmit(); });
window.addEventListener('hashchange', route);
await loadOntologyLabels();
route();
