// Small DOM helpers: data reaches the page only as text nodes and attribute values, never as markup.

import { t } from './i18n.js';
import { editorHref } from './sparql.js';

export const $ = (id) => document.getElementById(id);

export function el(tag, attributes, ...children) {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    // custom properties go through the CSSOM: the Content-Security-Policy allows no inline style attributes
    if (key.startsWith('--')) e.style.setProperty(key, String(value));
    else e.setAttribute(key, String(value));
  }
  for (const child of children.flat())
    if (child !== null && child !== undefined && child !== false)
      e.append(child instanceof Node ? child : String(child));
  return e;
}

/** A link, only to a path of this server, a fragment of this page, or http(s). */
export function link(href, text, attributes = {}) {
  const safe = typeof href === 'string'
    && (/^(#|explore#|id\/|api\/|sparql[?#])/.test(href) || /^https?:\/\/[^\s]+$/.test(href));
  return safe ? el('a', { ...attributes, href }, text) : el('span', {}, text);
}

export function section(title, ...content) {
  return el('section', {}, el('h3', {}, title), ...content);
}

/** "Open in SPARQL": the query behind a panel, in the server's query editor. */
export function sparqlLink(query) {
  return link(editorHref(query), t('sparql'), { class: 'sparql-link', title: query });
}

/** Ids of the API (org.cstkg.api.Ids) from this server's entity IRIs; null for any other IRI. */
export const ID_BASE = 'https://w3id.org/cstkg/id/';
export function idOf(iri) {
  return iri && iri.startsWith(ID_BASE) ? iri.slice(ID_BASE.length) : null;
}

// the id syntax of the API (org.cstkg.api.Ids), without dot segments, so a fragment cannot steer a request elsewhere
export const ID = /^(?!\.{1,2}(\/|$))[A-Za-z0-9][A-Za-z0-9._~-]*(\/(?!\.{1,2}(\/|$))[A-Za-z0-9._~-]+){0,8}$/;

/** Rows with ?value and ?valueLabel (language-tagged) grouped by value: [{ value, labels, rows }]. */
export function byValue(rows, key = 'value', labelKey = 'valueLabel') {
  const groups = new Map();
  for (const row of rows) {
    const value = row[key];
    if (value === undefined) continue;
    if (!groups.has(value)) groups.set(value, { value, labels: {}, rows: [] });
    const g = groups.get(value);
    g.rows.push(row);
    if (row[labelKey] !== undefined) {
      const tag = row[labelKey + '@'] || '';
      g.labels[tag] = g.labels[tag] || [];
      if (!g.labels[tag].includes(row[labelKey])) g.labels[tag].push(row[labelKey]);
    }
  }
  return [...groups.values()];
}
