// Node-link diagram of an entity's neighbourhood: a deterministic force-directed layout (Fruchterman–Reingold, the
// centre pinned) drawn once into an SVG, with wheel zoom and drag to pan. All text goes in through textContent.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Colour per class (compact IRI); the first known type of a node decides. */
export const TYPE_COLOURS = {
  'cst:GovernmentBody': '#2b6cb0',
  'cst:ResearchInstitute': '#2f855a',
  'cst:University': '#0f8b8d',
  'cst:Company': '#c05621',
  'cst:Organization': '#5a67d8',
  'cst:Person': '#c53030',
  'cst:Region': '#8d6e63',
  'cst:Program': '#805ad5',
  'cst:Policy': '#d53f8c',
  'cst:Facility': '#b7791f',
  'cst:Technology': '#319795',
  'cst:Event': '#dd6b20',
};
const OTHER_COLOUR = '#718096';

export function colourOf(types) {
  for (const t of types || []) if (TYPE_COLOURS[t]) return TYPE_COLOURS[t];
  return OTHER_COLOUR;
}

/**
 * Positions for the nodes of {nodes, edges} (as /api/entities/{id}/graph returns them), centre at (0, 0).
 * Deterministic: the same graph always gets the same picture.
 */
export function layout(nodes, edges, width = 460, height = 600, iterations = 300) {
  const n = nodes.length;
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = [];
  for (const e of edges) {
    const s = index.get(e.source), t = index.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) links.push([s, t]);
  }
  const k = Math.max(40, Math.min(120, 0.75 * Math.sqrt((width * height) / Math.max(n, 1))));
  const x = new Float64Array(n), y = new Float64Array(n);
  // start from rings by depth; a depth-2 node starts beside the first depth-1 node it is linked to
  const ring1 = nodes.filter((node) => node.depth === 1).length;
  const angle = new Float64Array(n);
  let r1 = 0;
  nodes.forEach((node, i) => {
    if (node.depth === 1) {
      angle[i] = (2 * Math.PI * r1++) / Math.max(ring1, 1);
      x[i] = Math.cos(angle[i]) * k * 1.6;
      y[i] = Math.sin(angle[i]) * k * 1.6;
    }
  });
  let spread = 0;
  nodes.forEach((node, i) => {
    if (node.depth < 2) return;
    const link = links.find(([s, t]) => (s === i && nodes[t].depth === 1) || (t === i && nodes[s].depth === 1));
    const parent = link ? (link[0] === i ? link[1] : link[0]) : -1;
    const a = (parent >= 0 ? angle[parent] : 0) + ((spread++ % 7) - 3) * 0.12;
    x[i] = Math.cos(a) * k * 3.2;
    y[i] = Math.sin(a) * k * 3.2;
  });
  const centre = nodes.findIndex((node) => node.depth === 0);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const temperature = k * 1.5 * (1 - it / iterations) + 1;
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j], ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 0.01) { ddx = 0.1 * (i - j); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        const f = (k * k) / d2; // (k²/d) / d: the unit vector folded in
        dx[i] += ddx * f; dy[i] += ddy * f;
        dx[j] -= ddx * f; dy[j] -= ddy * f;
      }
    }
    for (const [s, t] of links) {
      const ddx = x[s] - x[t], ddy = y[s] - y[t];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = d / k; // (d²/k) / d
      dx[s] -= ddx * f; dy[s] -= ddy * f;
      dx[t] += ddx * f; dy[t] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * 0.02; // weak gravity keeps loose parts in view
      dy[i] -= y[i] * 0.02;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(d, temperature);
      x[i] += (dx[i] / d) * step;
      y[i] += (dy[i] / d) * step;
    }
    if (centre >= 0) { x[centre] = 0; y[centre] = 0; }
  }
  return nodes.map((node, i) => ({ x: x[i], y: y[i] }));
}

function svg(tag, attributes, parent) {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes || {})) e.setAttribute(key, String(value));
  if (parent) parent.append(e);
  return e;
}

function shorten(text, max) {
  const chars = Array.from(text || '');
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('');
}

/**
 * Draws the graph into the <svg> element. options: onSelect(id) when a node is chosen, propertyLabel(compact),
 * typeLabel(compact), both returning display text.
 */
export function drawGraph(root, graph, options) {
  root.replaceChildren();
  const width = root.clientWidth || 460, height = root.clientHeight || 600;
  const nodes = graph.nodes, positions = stretch(layout(nodes, graph.edges, width, height), nodes, width, height);
  const at = new Map(nodes.map((node, i) => [node.id, positions[i]]));

  const defs = svg('defs', {}, root);
  const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7,
    markerHeight: 7, orient: 'auto-start-reverse' }, defs);
  svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow-head' }, marker);
  const world = svg('g', { class: 'world' }, root);
  const edgeLayer = svg('g', { class: 'edges' }, world);
  const nodeLayer = svg('g', { class: 'nodes' }, world);

  // one line per pair of nodes, with an arrow at each end that some relation points to
  const pairs = new Map();
  for (const e of graph.edges) {
    if (!at.has(e.source) || !at.has(e.target) || e.source === e.target) continue;
    const forward = e.source < e.target;
    const key = forward ? e.source + ' ' + e.target : e.target + ' ' + e.source;
    const pair = pairs.get(key) || { a: forward ? e.source : e.target, b: forward ? e.target : e.source,
      toB: false, toA: false, labels: [] };
    if (forward) pair.toB = true; else pair.toA = true;
    const label = options.propertyLabel(e.property);
    if (!pair.labels.includes(label)) pair.labels.push(label);
    pairs.set(key, pair);
  }
  const radius = (node) => (node.depth === 0 ? 15 : node.depth === 1 ? 10 : 7);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  root.classList.toggle('dense', pairs.size > 24);
  for (const pair of pairs.values()) {
    const p = at.get(pair.a), q = at.get(pair.b);
    const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const ux = (q.x - p.x) / d, uy = (q.y - p.y) / d;
    const ra = radius(byId.get(pair.a)) + 2, rb = radius(byId.get(pair.b)) + 2;
    const g = svg('g', { class: 'edge', 'data-a': pair.a, 'data-b': pair.b }, edgeLayer);
    const ends = { x1: p.x + ux * ra, y1: p.y + uy * ra, x2: q.x - ux * rb, y2: q.y - uy * rb };
    svg('line', { ...ends, class: 'hit' }, g);
    const line = svg('line', { ...ends, class: 'link' }, g);
    if (pair.toB) line.setAttribute('marker-end', 'url(#arrow)');
    if (pair.toA) line.setAttribute('marker-start', 'url(#arrow)');
    const text = svg('text', { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 - 3, class: 'edge-label' }, g);
    text.textContent = pair.labels.join(', ');
    svg('title', {}, g).textContent = pair.labels.join(', ');
  }
  nodes.forEach((node, i) => {
    const { x, y } = positions[i];
    const g = svg('g', { class: 'node depth-' + node.depth, 'data-id': node.id, transform: `translate(${x},${y})`,
      tabindex: 0, role: 'link' }, nodeLayer);
    svg('circle', { r: radius(node), fill: colourOf(node.types) }, g);
    // the centre's (longer) label above it, clear of the labels of neighbours level with it
    const label = svg('text', { y: node.depth === 0 ? -radius(node) - 7 : radius(node) + 13, class: 'node-label' }, g);
    label.textContent = labelText(node);
    const types = (node.types || []).map(options.typeLabel).join(', ');
    svg('title', {}, g).textContent = (node.label || node.id) + (types ? ' — ' + types : '') + '\n' + node.id;
    g.setAttribute('aria-label', node.label || node.id);
    const choose = () => options.onSelect(node.id);
    g.addEventListener('click', (event) => { if (!root.dataset.dragged) choose(); event.stopPropagation(); });
    g.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      choose();
    });
    g.addEventListener('mouseenter', () => highlight(edgeLayer, node.id, true));
    g.addEventListener('mouseleave', () => highlight(edgeLayer, node.id, false));
  });
  fit(root, positions, nodes, width, height);
  enablePanZoom(root);
}

function highlight(edgeLayer, id, on) {
  for (const edge of edgeLayer.children)
    if (edge.dataset.a === id || edge.dataset.b === id) edge.classList.toggle('focus', on);
}

const FONT_SIZE = [14, 12, 10.5]; // label size by depth, as in explore.css

function labelText(node) {
  return shorten(node.label || node.id, node.depth === 0 ? 20 : 14);
}

/** Half the width a node's label takes: Hangul and Hanzi about one em, other characters about half. */
function labelHalfWidth(node) {
  const size = FONT_SIZE[Math.min(node.depth, 2)];
  let width = 0;
  for (const c of labelText(node)) width += /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(c)
    ? size : size * 0.58;
  return Math.max(width / 2, 16);
}

/** The largest factor in [min, max] for which values × factor, each widened by its margin, fit in room. */
function fitFactor(values, margins, room, min = 0.6, max = 2.5) {
  const extent = (f) => Math.max(...values.map((v, i) => v * f + margins[i]))
    - Math.min(...values.map((v, i) => v * f - margins[i]));
  if (extent(max) <= room) return max;
  let lo = min, hi = max;
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (extent(mid) <= room) lo = mid; else hi = mid;
  }
  return lo;
}

/**
 * Scales the layout to the panel: positions spread out (or closer) while text keeps its size, so labels overlap less
 * than under a zoomed viewBox. Within limits; the viewBox does the rest.
 */
function stretch(positions, nodes, width, height) {
  const halves = nodes.map(labelHalfWidth), rows = nodes.map(() => 26);
  let sx = fitFactor(positions.map((p) => p.x), halves, width - 24);
  let sy = fitFactor(positions.map((p) => p.y), rows, height - 24);
  sx = Math.min(sx, sy * 1.6); // some distortion fills a tall or wide panel; too much would mislead
  sy = Math.min(sy, sx * 1.6);
  return positions.map(({ x, y }) => ({ x: x * sx, y: y * sy }));
}

/** A viewBox around the drawing, never magnified beyond 1:1 so that labels keep their CSS size. */
function fit(root, positions, nodes, width, height) {
  let minX = 0, minY = 0, maxX = 0, maxY = 0;
  positions.forEach(({ x, y }, i) => {
    const half = labelHalfWidth(nodes[i]);
    minX = Math.min(minX, x - half); maxX = Math.max(maxX, x + half);
    minY = Math.min(minY, y - (nodes[i].depth === 0 ? 40 : 20)); maxY = Math.max(maxY, y + 32);
  });
  const margin = 12;
  const w = Math.max(maxX - minX + 2 * margin, width), h = Math.max(maxY - minY + 2 * margin, height);
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  root.dataset.home = [cx - w / 2, cy - h / 2, w, h].join(' ');
  root.setAttribute('viewBox', root.dataset.home);
}

function enablePanZoom(root) {
  if (root.dataset.panZoom) return; // listeners survive redraws; they read the current viewBox
  root.dataset.panZoom = 'on';
  const box = () => root.getAttribute('viewBox').split(' ').map(Number);
  const toWorld = (event) => {
    const [x, y, w, h] = box(), rect = root.getBoundingClientRect();
    const scale = Math.max(w / rect.width, h / rect.height); // 'meet' scaling
    return { x: x + w / 2 + (event.clientX - rect.left - rect.width / 2) * scale,
      y: y + h / 2 + (event.clientY - rect.top - rect.height / 2) * scale, scale };
  };
  root.addEventListener('wheel', (event) => {
    event.preventDefault();
    const [x, y, w, h] = box(), p = toWorld(event);
    const f = Math.exp(Math.sign(event.deltaY) * 0.15);
    root.setAttribute('viewBox', [p.x - (p.x - x) * f, p.y - (p.y - y) * f, w * f, h * f].join(' '));
  }, { passive: false });
  let drag = null;
  root.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, box: box(), scale: toWorld(event).scale, moved: false };
    delete root.dataset.dragged;
  });
  root.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) root.setPointerCapture(event.pointerId);
    drag.moved = true;
    root.dataset.dragged = 'yes';
    const [x, y, w, h] = drag.box;
    root.setAttribute('viewBox', [x - dx * drag.scale, y - dy * drag.scale, w, h].join(' '));
  });
  const end = () => { drag = null; setTimeout(() => delete root.dataset.dragged, 0); };
  root.addEventListener('pointerup', end);
  root.addEventListener('pointercancel', end);
  root.addEventListener('dblclick', () => root.setAttribute('viewBox', root.dataset.home));
}
