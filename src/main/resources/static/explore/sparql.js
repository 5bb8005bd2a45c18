// The SPARQL queries behind the panels and views, kept as files under explore/queries/ (data, not code). Each view
// runs its query against this server's /sparql and links to the same query text in the query editor.

const cache = new Map();
const IRI = /^https:\/\/[A-Za-z0-9.-]+(\/[A-Za-z0-9._~\/-]*)?$/;

async function text(name) {
  if (!cache.has(name)) cache.set(name, fetch('explore/queries/' + name + '.rq').then((r) => {
    if (!r.ok) throw new Error('no query ' + name);
    return r.text();
  }));
  return cache.get(name);
}

/**
 * The query named, with ?placeholders replaced: IRIs (checked against a strict pattern, so nothing can be injected)
 * as <…>, other values as string literals.
 */
export async function query(name, bindings = {}) {
  let q = await text(name);
  for (const [key, value] of Object.entries(bindings)) {
    const term = Array.isArray(value) ? value.map((v) => iriTerm(v.iri)).join(' ')
      : value && typeof value === 'object' && value.iri ? iriTerm(value.iri) : stringTerm(value);
    q = q.replace(new RegExp('\\$' + key + '\\b', 'g'), term);
  }
  return q;
}

function iriTerm(iri) {
  if (!IRI.test(iri)) throw new Error('not an IRI: ' + iri);
  return '<' + iri + '>';
}

function stringTerm(value) {
  return '"' + String(value).replace(/[\\"]/g, (c) => '\\' + c).replace(/[\n\r]/g, ' ') + '"';
}

/** The rows of a SELECT: arrays of { name: value } objects, language tags as name + '@'. */
export async function select(q) {
  const response = await fetch('sparql', { method: 'POST',
    headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' }, body: q });
  if (!response.ok) throw new Error('SPARQL ' + response.status);
  const json = await response.json();
  return json.results.bindings.map((row) => {
    const out = {};
    for (const [key, cell] of Object.entries(row)) {
      out[key] = cell.value;
      if (cell['xml:lang']) out[key + '@'] = cell['xml:lang'];
    }
    return out;
  });
}

/** The address that opens the query in the server's query editor (YASGUI at /sparql reads it from the fragment). */
export function editorHref(q) {
  return 'sparql#' + new URLSearchParams({ query: q });
}
