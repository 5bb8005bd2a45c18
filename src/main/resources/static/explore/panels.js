// The entity panel, in the spirit of Scholia's profiles: names in every script, then sections by type (a person's
// posts, a mission's crew, a body's policies, a policy's issuers, a region's contents), relations, articles, and the
// evidence of each fact told apart by what it rests on. Each typed section links to the SPARQL query that filled it.

import { $, el, link, section, sparqlLink, idOf, byValue } from './dom.js';
import { t, nameOf } from './i18n.js';
import { query, select } from './sparql.js';
import { loadNames, nameFor } from './names.js';

const LANGUAGE_ROWS = ['ko', 'zh-Hans', 'zh-Hant', 'zh-Latn-pinyin', 'en'];

/** ctx: { entityLink(id, text, attrs), factHref(statementIri), termLabel(compact), typeChip(compact) } */
export async function renderEntity(entity, ctx) {
  await loadNames([...entity.outgoing, ...entity.incoming].map((r) => r.node.iri)
    .concat(entity.evidence.flatMap((e) => [e.subject.iri, e.object.iri]))).catch(() => {});
  const name = nameOf(entity);
  const english = (entity.labels.en || [])[0];
  const types = entity.types.map((x) => x.iri.startsWith('https://w3id.org/cstkg/ontology#')
    ? 'cst:' + x.iri.slice('https://w3id.org/cstkg/ontology#'.length) : x.label);
  const parts = [
    el('header', { class: 'entity-head' },
      el('h2', { lang: name.lang }, name.text),
      english && name.lang !== 'en' ? el('p', { class: 'english', lang: 'en' }, english) : null,
      el('p', { class: 'chips' }, ...types.map(ctx.typeChip)),
      el('p', { class: 'muted small' }, el('code', {}, entity.id), ' · ', link('id/' + entity.id, 'Linked Data'), ' · ',
        link('api/entities/' + entity.id, 'JSON'))),
    section(t('names'), labelsTable(entity)),
  ];
  const typed = el('div', { id: 'typed' });
  parts.push(typed);
  if (entity.attributes.length)
    parts.push(section(t('attributes'), el('table', { class: 'attributes' }, ...entity.attributes.map((a) =>
      el('tr', {}, el('th', { title: a.property }, ctx.termLabel(a.property)), el('td', { lang: a.lang }, a.value))))));
  if (entity.externalLinks.length)
    parts.push(section(t('links'), el('ul', {}, ...entity.externalLinks.map((x) => el('li', {},
      link(x.url, x.source + ' ' + x.identifier, { rel: 'noopener', target: '_blank' }),
      x.verified ? el('span', {}, ' ' + t('verified') + (x.checkedOn ? ', ' + x.checkedOn : ''))
        : el('span', { class: 'warn' }, ' ' + t(x.status === 'rejected' ? 'rejected' : 'unverified')))))));
  const relations = [];
  if (entity.outgoing.length) relations.push(el('h4', {}, t('outgoing')), relationList(entity.outgoing, true, ctx));
  if (entity.incoming.length) relations.push(el('h4', {}, t('incoming')), relationList(entity.incoming, false, ctx));
  parts.push(section(t('relations'), ...(relations.length ? relations : [el('p', { class: 'muted' }, t('none'))])));
  parts.push(section(t('articles'), entity.mentionedIn.length ? articleList(entity.mentionedIn)
    : el('p', { class: 'muted' }, t('none'))));
  if (entity.totals && entity.totals.mentionedIn > entity.mentionedIn.length)
    parts.push(el('p', { class: 'muted' }, t('articles.newest', { n: entity.mentionedIn.length, t: entity.totals.mentionedIn })));
  parts.push(section(t('evidence'), entity.evidence.length ? evidenceList(entity, ctx)
    : el('p', { class: 'muted' }, t('none'))));
  $('entity').replaceChildren(...parts);
  document.title = name.text + ' — ' + t('title');
  return typedSections(entity, types, ctx).then((sections) => typed.replaceChildren(...sections));
}

function labelsTable(entity) {
  const table = el('table', { class: 'labels' });
  const languages = [...LANGUAGE_ROWS];
  for (const lang of new Set([...Object.keys(entity.labels), ...Object.keys(entity.altLabels)]))
    if (!languages.includes(lang)) languages.push(lang);
  for (const lang of languages) {
    const main = entity.labels[lang] || [], alt = entity.altLabels[lang] || [];
    if (!main.length && !alt.length) continue;
    const cell = el('td', { lang: lang || null }, main.join(' · '));
    if (alt.length) cell.append(el('div', { class: 'alt' }, t('names.also') + alt.join(' · ')));
    const known = LANGUAGE_ROWS.includes(lang);
    table.append(el('tr', {}, el('th', {}, known ? t('lang.' + lang) : lang || t('lang.none')), cell));
  }
  return table;
}

function relationList(relations, outgoing, ctx) {
  const list = el('ul', { class: 'relations' });
  for (const r of relations) {
    const n = nameFor(r.node.iri, r.node.label || r.node.id);
    const node = r.node.id ? ctx.entityLink(r.node.id, n.text, { class: 'neighbour', lang: n.lang })
      : el('span', {}, r.node.label || r.node.iri);
    const property = el('span', { class: 'property', title: r.property }, ctx.termLabel(r.property));
    list.append(outgoing ? el('li', {}, property, ' → ', node) : el('li', {}, node, ' → ', property));
  }
  return list;
}

function articleList(articles) {
  const sorted = [...articles].sort((a, b) => (b.publishedOn || '').localeCompare(a.publishedOn || ''));
  return el('ul', { class: 'articles' }, ...sorted.map((a) => el('li', {},
    el('time', a.publishedOn ? { datetime: a.publishedOn } : { class: 'muted' }, a.publishedOn || t('noDate')), ' ',
    link('id/' + a.id, a.title || a.id))));
}

/** Which kind of evidence a basis is: stated in a sentence, a cited policy title, or reference data. */
export function evidenceKind(basis) {
  if (basis === 'reference-data') return 'reference-data';
  if (basis === 'citation') return 'citation';
  return 'sentence';
}

function evidenceList(entity, ctx) {
  const labels = new Map();
  for (const r of [...entity.outgoing, ...entity.incoming]) if (r.node.id) labels.set(r.node.id, r.node.label);
  const name = (ref) => {
    if (ref.id === entity.id) return el('strong', {}, nameOf(entity).text);
    const n = nameFor(ref.iri, labels.get(ref.id) || ref.id);
    return ref.id ? ctx.entityLink(ref.id, n.text, { lang: n.lang }) : el('span', {}, ref.iri);
  };
  const value = (f) => f.object.iri ? name(f.object) : el('span', { class: 'value' },
    entity.attributes.filter((a) => a.property === f.property).map((a) => a.value).join(', '));
  const groups = new Map();
  for (const e of entity.evidence) {
    const kind = evidenceKind(e.basis);
    const key = kind !== 'sentence' ? kind + ' ' + ((e.reference && e.reference.iri) || e.statement)
      : kind + ' ' + (e.sentence || e.statement) + ' ' + (e.contextSentence || '');
    if (!groups.has(key)) groups.set(key, { kind, first: e, facts: [] });
    groups.get(key).facts.push(e);
  }
  const facts = (list) => el('ul', { class: 'facts' }, ...list.map((f) => el('li', {}, name(f.subject), ' — ',
    el('span', { class: 'property', title: f.property }, ctx.termLabel(f.property)), ' → ', value(f), ' ',
    link(ctx.factHref(f.statement), t('openFact'), { class: 'open-fact', 'data-fact': f.statement }))));
  const list = el('ul', { class: 'evidence' });
  const order = { sentence: 0, citation: 1, 'reference-data': 2 };
  const sorted = [...groups.values()].sort((a, b) => order[a.kind] - order[b.kind]);
  for (const { kind, first, facts: stated } of sorted) {
    const articleId = idOf(first.article);
    list.append(el('li', { class: 'basis-' + kind },
      el('div', { class: 'basis' }, el('span', { class: 'basis-mark', 'aria-hidden': 'true' }), t('basis.' + kind),
        kind === 'reference-data' ? ': ' + ((first.reference && first.reference.label) || 'cstkg gazetteer') : null),
      kind === 'sentence' ? el('blockquote', { lang: 'ko' }, first.text || t('noSentence')) : null,
      kind === 'citation' ? el('blockquote', { class: 'cited' }, (first.reference && first.reference.label) || first.text
        || t('noSentence')) : null,
      first.contextText ? el('blockquote', { lang: 'ko', class: 'context' }, t('context'), first.contextText) : null,
      facts(stated),
      articleId ? el('div', { class: 'source' }, t('source'), link('id/' + articleId, articleId)) : null));
  }
  return list;
}

// ---- sections by type, each from a query under explore/queries/ ----

async function typedSections(entity, types, ctx) {
  const me = { iri: entity.iri };
  const has = (...names) => names.some((n) => types.includes(n));
  const jobs = [];
  if (has('cst:Person')) jobs.push(posts(me, ctx));
  if (has('cst:Program', 'cst:Event')) jobs.push(mission(me, ctx));
  if (has('cst:Organization', 'cst:GovernmentBody', 'cst:ResearchInstitute', 'cst:University', 'cst:Company'))
    jobs.push(body(me, ctx));
  if (has('cst:Policy')) jobs.push(policy(me, ctx));
  if (has('cst:Region')) jobs.push(region(me, ctx));
  const done = await Promise.all(jobs.map((job) => job.catch(() => null)));
  return done.filter(Boolean);
}

const refLink = (ctx, group) => {
  const id = idOf(group.value);
  const name = nameOf({ labels: group.labels, id: group.value });
  return id ? ctx.entityLink(id, name.text, { lang: name.lang }) : el('span', { lang: name.lang }, name.text);
};

async function posts(me, ctx) {
  const q = await query('posts', { entity: me });
  const rows = await select(q);
  const groups = byValue(rows, 'post', 'role');
  if (!groups.length) return null;
  const table = el('table', { class: 'posts' }, el('tr', {}, ...['post.role', 'post.in', 'post.status', 'post.age']
    .map((k) => el('th', {}, t(k)))));
  for (const g of groups) {
    const role = nameOf({ labels: g.labels, id: '' });
    const places = byValue(g.rows, 'in', 'inLabel');
    const status = g.rows.find((r) => r.status)?.status;
    const age = g.rows.find((r) => r.age)?.age;
    table.append(el('tr', { class: 'post' },
      el('td', { lang: role.lang, class: 'role' }, role.text || '—'),
      el('td', {}, ...places.map((p) => refLink(ctx, p))),
      el('td', { class: status ? 'status-' + status : null }, status ? t('status.' + status) : '—'),
      el('td', {}, age || '—')));
  }
  return section(t('posts'), table, sparqlLink(q));
}

async function mission(me, ctx) {
  const q = await query('mission', { entity: me });
  const rows = await select(q);
  if (!rows.length) return null;
  const list = el('dl', { class: 'facts-table' });
  for (const what of ['date', 'launchSite', 'vehicle']) {
    const groups = byValue(rows.filter((r) => r.what === what));
    if (groups.length)
      list.append(el('dt', {}, t(what)), el('dd', {}, ...groups.map((g) => what === 'date'
        ? el('time', { datetime: g.value }, g.value) : refLink(ctx, g))));
  }
  const crew = byValue(rows.filter((r) => r.what === 'crew'));
  if (crew.length) {
    list.append(el('dt', {}, t('crew')), el('dd', {}, el('ul', { class: 'crew' }, ...crew.map((g) => {
      const roles = byValue(g.rows.filter((r) => r.role), 'what', 'role');
      const role = roles.length ? nameOf({ labels: roles[0].labels }) : null;
      return el('li', {}, refLink(ctx, g), role ? el('span', { class: 'role', lang: role.lang }, ' — ' + role.text) : null);
    }))));
  }
  return section(t('mission'), list, sparqlLink(q));
}

async function body(me, ctx) {
  const q = await query('body', { entity: me });
  const rows = await select(q);
  if (!rows.length) return null;
  const out = [];
  const issued = byValue(rows.filter((r) => r.what === 'issued'));
  if (issued.length) {
    const years = new Map();
    for (const g of issued) {
      const year = g.rows[0].year || '—';
      if (!years.has(year)) years.set(year, []);
      years.get(year).push(g);
    }
    const list = el('dl', { class: 'by-year' });
    for (const [year, policies] of [...years].sort((a, b) => b[0].localeCompare(a[0])))
      list.append(el('dt', {}, year), el('dd', {}, el('ul', {}, ...policies.map((g) => el('li', {}, refLink(ctx, g),
        el('span', { class: 'muted' }, ' (' + (g.rows[0].lead === 'true' ? t('lead') : t('coIssuers')) + ')'))))));
    out.push(el('h4', {}, t('issued')), list);
  }
  for (const what of ['subUnits', 'people']) {
    const groups = byValue(rows.filter((r) => r.what === what));
    if (groups.length) out.push(el('h4', {}, t(what)), el('ul', {}, ...groups.map((g) => el('li', {}, refLink(ctx, g)))));
  }
  return out.length ? section(t('body'), ...out, sparqlLink(q)) : null;
}

async function policy(me, ctx) {
  const q = await query('policy', { entity: me });
  const rows = await select(q);
  if (!rows.length) return null;
  const list = el('dl', { class: 'facts-table' });
  const entries = [['lead', 'lead'], ['issuers', 'issuers'], ['type', 'graph.types'], ['date', 'date'],
    ['officialTitle', 'officialTitle'], ['implements', 'implements']];
  for (const [what, label] of entries) {
    const groups = byValue(rows.filter((r) => r.what === what));
    if (!groups.length) continue;
    list.append(el('dt', {}, t(label)), el('dd', {}, ...groups.map((g) => {
      if (idOf(g.value)) return el('span', { class: 'item' }, refLink(ctx, g));
      if (Object.keys(g.labels).length) return el('span', { class: 'item' }, nameOf({ labels: g.labels }).text);
      return el('span', { class: 'item', lang: what === 'officialTitle' ? 'zh-Hans' : null }, g.value);
    })));
  }
  const url = rows.find((r) => r.what === 'officialUrl');
  if (url) list.append(el('dt', {}, t('original')), el('dd', {}, link(url.value, url.value, { rel: 'noopener' })));
  const start = rows.find((r) => r.what === 'periodStart'), end = rows.find((r) => r.what === 'periodEnd');
  if (start || end) list.append(el('dt', {}, t('period')), el('dd', {}, (start ? start.value : '') + '–' + (end ? end.value : '')));
  return section(t('policy'), list, sparqlLink(q));
}

async function region(me, ctx) {
  const q = await query('region', { entity: me });
  const groups = byValue(await select(q));
  if (!groups.length) return null;
  return section(t('locatedHere'), el('ul', {}, ...groups.map((g) => el('li', {}, refLink(ctx, g)))), sparqlLink(q));
}

// ---- one fact's evidence, in a dialog ----

/** Opens the dialog for a statement: its basis, sentence with both names marked, article, date and original URL. */
export async function showFact(statementIri, ctx) {
  const dialog = $('fact');
  const body = $('fact-body');
  body.replaceChildren(el('p', { class: 'muted' }, t('loading')));
  if (!dialog.open) dialog.showModal();
  try {
    const q = await query('fact', { statement: { iri: statementIri } });
    const rows = await select(q);
    if (!rows.length) { body.replaceChildren(el('p', {}, t('notFound'))); return; }
    const row = rows[0];
    const names = await select(await query('labels', { entities: [{ iri: row.s }, ...(row.o.startsWith('http') ? [{ iri: row.o }] : [])] }));
    const labels = byValue(names, 'e', 'label');
    const marks = labels.flatMap((g) => Object.values(g.labels).flat()).filter((n) => n.length > 1);
    const kind = evidenceKind(row.basis);
    const nameFor = (iri) => { const g = labels.find((x) => x.value === iri); return g ? nameOf({ labels: g.labels, id: iri }).text : iri; };
    const parts = [
      el('p', { class: 'fact-line' }, el('strong', {}, nameFor(row.s)), ' — ',
        el('span', { class: 'property' }, ctx.termLabel(compact(row.p))), ' → ', el('strong', {}, nameFor(row.o))),
      el('p', { class: 'basis basis-' + kind }, el('span', { class: 'basis-mark', 'aria-hidden': 'true' }), t('basis.' + kind)),
    ];
    if (row.text) parts.push(el('blockquote', { lang: 'ko', class: 'sentence' }, ...highlight(row.text, marks)));
    if (row.cited) parts.push(el('blockquote', { lang: row['cited@'] || null, class: 'cited' }, ...highlight(row.cited, marks)));
    if (row.contextText) parts.push(el('blockquote', { lang: 'ko', class: 'context' }, t('context'), ...highlight(row.contextText, marks)));
    const dl = el('dl', { class: 'facts-table' });
    if (row.article) dl.append(el('dt', {}, t('source')), el('dd', {}, link('id/' + idOf(row.article), row.title || idOf(row.article))));
    if (row.published) dl.append(el('dt', {}, t('date')), el('dd', {}, el('time', { datetime: row.published }, row.published)));
    for (const url of new Set(rows.map((r) => r.url).filter(Boolean)))
      dl.append(el('dt', {}, t('original')), el('dd', {}, link(url, url, { rel: 'noopener' })));
    if (row.sourceLabel || row.source) dl.append(el('dt', {}, t('basis.reference-data')), el('dd', {}, row.sourceLabel || row.source));
    if (row.confidence) dl.append(el('dt', {}, t('confidence')), el('dd', {}, row.confidence));
    parts.push(dl, sparqlLink(q));
    body.replaceChildren(...parts);
  } catch (error) {
    body.replaceChildren(el('p', {}, t('error') + ': ' + error.message));
  }
}

function compact(iri) {
  const CST = 'https://w3id.org/cstkg/ontology#';
  return iri.startsWith(CST) ? 'cst:' + iri.slice(CST.length) : iri;
}

/** The text with every occurrence of the names wrapped in <mark>, longest names first. */
function highlight(text, names) {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const out = [];
  let i = 0, plain = '';
  while (i < text.length) {
    const hit = sorted.find((n) => text.startsWith(n, i));
    if (hit) {
      if (plain) out.push(plain);
      plain = '';
      out.push(el('mark', {}, hit));
      i += hit.length;
    } else plain += text[i++];
  }
  if (plain) out.push(plain);
  return out;
}
