// Names of entities in every language, fetched once per entity (the API's references carry one Korean label), so that
// links can speak the interface language.

import { query, select } from './sparql.js';
import { byValue } from './dom.js';
import { nameOf } from './i18n.js';

const cache = new Map(); // IRI → { tag: [names] }
const IRI = /^https:\/\/w3id\.org\/cstkg\/id\/[A-Za-z0-9._~\/-]+$/;

/** Fetches the names of the IRIs not yet known, 100 to a query. */
export async function loadNames(iris) {
  const missing = [...new Set(iris)].filter((iri) => iri && IRI.test(iri) && !cache.has(iri));
  for (let i = 0; i < missing.length; i += 100) {
    const chunk = missing.slice(i, i + 100);
    const rows = await select(await query('names', { entities: chunk.map((iri) => ({ iri })) }));
    for (const iri of chunk) cache.set(iri, {});
    for (const g of byValue(rows, 'e', 'label')) cache.set(g.value, g.labels);
  }
}

/** { text, lang } for an IRI in the interface language, else the fallback text. */
export function nameFor(iri, fallback) {
  const labels = cache.get(iri);
  return labels && Object.keys(labels).length ? nameOf({ labels }) : { text: fallback || iri, lang: null };
}
