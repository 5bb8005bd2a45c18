// Node-link diagrams drawn by Cytoscape.js (window.cytoscape, with the fcose layout registered; both served from this
// server's /webjars/). Labels stay 12 px on screen whatever the zoom, and only those that fit without overlapping are
// shown: nearer and better-connected nodes first, the rest on hover, on selection or when zoomed in far enough.

/** Colour per class (compact IRI); the first known type of a node decides. */
export const TYPE_COLOURS = {
  'cst:GovernmentBody': '#2b6cb0',
  'cst:ResearchInstitute': '#2f855a',
  'cst:University': '#0f8b8d',
  'cst:Company': '#c05621',
  'cst:Organization': '#5a67d8',
  'cst:Person': '#c53030',
  'cst:Position': '#e53e3e',
  'cst:Region': '#8d6e63',
  'cst:Program': '#805ad5',
  'cst:Policy': '#d53f8c',
  'cst:Facility': '#b7791f',
  'cst:Technology': '#319795',
  'cst:Event': '#dd6b20',
};
const OTHER_COLOUR = '#718096';
const LABEL_PX = 12;
const FONT = '"Noto Sans CJK KR", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "NanumGothic", sans-serif';

export function colourOf(types) {
  for (const t of types || []) if (TYPE_COLOURS[t]) return TYPE_COLOURS[t];
  return OTHER_COLOUR;
}

const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(name)',
    'font-family': FONT, 'font-size': LABEL_PX, color: '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 3,
    'text-wrap': 'ellipsis', 'text-max-width': 220, 'text-background-color': '#ffffff', 'text-background-opacity': 0.8,
    'text-background-padding': 1, 'min-zoomed-font-size': 0, 'border-width': 0 } },
  { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1a202c', 'font-weight': 'bold' } },
  { selector: 'node.quiet', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
  { selector: 'node.hover, node:selected', style: { 'text-opacity': 1, 'text-background-opacity': 1, 'z-index': 10,
    'border-width': 3, 'border-color': '#f6ad55' } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#4a5568' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': '#a0aec0', 'target-arrow-color': '#a0aec0', 'target-arrow-shape': 'data(arrow)',
    'arrow-scale': 0.8, 'curve-style': 'bezier', label: '', 'font-family': FONT, 'font-size': LABEL_PX,
    'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 1, opacity: 0.8 } },
  { selector: 'edge.hover, edge:selected, edge.near', style: { label: 'data(name)', 'line-color': '#4a5568',
    'target-arrow-color': '#4a5568', opacity: 1, 'z-index': 9 } },
  { selector: '.filtered', style: { display: 'none' } },
];

/**
 * A diagram in a container element. options: onOpen(id) when a node is opened (click on a selected node, Enter),
 * onExpand(id) on double-click, onEdge(data) when an edge is chosen, and nameOf(node), typeLabel(compact),
 * propertyLabel(compact) returning display text. Nodes are { id, iri, label, labels, types, depth } and edges
 * { source, target, property, weight? }, as the API returns them.
 */
export class GraphView {
  constructor(container, options) {
    this.container = container;
    this.options = options;
    this.filters = { types: null, relations: null, hideLeaves: false };
    this.cy = window.cytoscape({ container, style: STYLE, minZoom: 0.1, maxZoom: 6,
      boxSelectionEnabled: false, autoungrabify: false });
    this.cy.on('mouseover', 'node', (e) => this.hover(e.target, true));
    this.cy.on('mouseout', 'node', (e) => this.hover(e.target, false));
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    this.cy.on('dbltap', 'node', (e) => options.onExpand && options.onExpand(e.target.id()));
    this.cy.on('tap', 'node', (e) => this.select(e.target));
    this.cy.on('tap', 'edge', (e) => options.onEdge && options.onEdge(e.target.data()));
    let pending = null;
    this.cy.on('zoom', () => { clearTimeout(pending); pending = setTimeout(() => this.declutter(), 120); });
    container.addEventListener('keydown', (event) => this.key(event));
  }

  /** Replaces what is drawn by graph ({ nodes, edges, center }); centre is the node to mark. */
  show(graph, centre) {
    const started = performance.now();
    this.cy.elements().remove();
    this.add(graph, centre);
    return this.layout(true).then(() => { this.firstPaintMs = performance.now() - started; });
  }

  /** Adds nodes and edges (an expansion) and lays the whole out again from where it stands. */
  merge(graph) {
    this.add(graph, null);
    return this.layout(false);
  }

  add(graph, centre) {
    const cy = this.cy;
    const degree = new Map();
    for (const e of graph.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) || 0) + 1);
    cy.batch(() => {
      for (const node of graph.nodes) {
        if (cy.getElementById(node.id).nonempty()) continue;
        const depth = node.depth || 0;
        const size = node.weight ? Math.min(14 + 4 * Math.sqrt(node.weight), 48) : depth === 0 ? 30 : depth === 1 ? 20 : 13;
        cy.add({ group: 'nodes', data: { id: node.id, node, name: this.options.nameOf(node), colour: colourOf(node.types),
          size, depth, rank: depth * 1000 - (degree.get(node.id) || 0) } });
      }
      for (const e of graph.edges) {
        const id = e.source + ' ' + e.property + ' ' + e.target;
        if (cy.getElementById(id).nonempty() || cy.getElementById(e.source).empty()
          || cy.getElementById(e.target).empty() || e.source === e.target) continue;
        cy.add({ group: 'edges', data: { id, source: e.source, target: e.target, property: e.property, edge: e,
          name: e.label || this.options.propertyLabel(e.property), arrow: e.undirected ? 'none' : 'triangle',
          width: e.weight ? Math.min(1 + 2 * Math.sqrt(e.weight), 12) : 1.5 } });
      }
    });
    if (centre) {
      cy.nodes().removeClass('centre');
      cy.getElementById(centre).addClass('centre');
    }
  }

  layout(fresh) {
    const visible = this.cy.elements().not('.filtered');
    if (visible.nodes().length === 0) return Promise.resolve();
    // a small graph has room for every label: the layout spaces nodes by their labels too
    const small = visible.nodes().length <= 60;
    const layout = visible.layout({ name: 'fcose', quality: 'default', randomize: fresh, animate: false, fit: true,
      padding: 30, nodeDimensionsIncludeLabels: small, idealEdgeLength: () => (small ? 120 : 90), nodeRepulsion: () => 9000,
      nodeSeparation: 80, numIter: 2500, tile: true });
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => { this.frame(visible); this.home = { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } };
      this.declutter(); });
  }

  /** Fits the elements in view, without magnifying a small graph beyond 1.5 times. */
  frame(elements) {
    this.cy.fit(elements, 30);
    if (this.cy.zoom() > 1.5) {
      this.cy.zoom(1.5);
      this.cy.center(elements);
    }
  }

  /** Shows only nodes of the given types and edges of the given relations (null: all), leaves hidden if asked. */
  filter({ types, relations, hideLeaves }) {
    const key = JSON.stringify([types && [...types], relations && [...relations], hideLeaves]);
    const changed = key !== this.filterKey;
    this.filterKey = key;
    this.filters = { types, relations, hideLeaves };
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      if (types) cy.nodes().filter((n) => !n.hasClass('centre')
        && !(n.data('node').types || []).some((t) => types.has(t))).addClass('filtered');
      if (relations) cy.edges().filter((e) => !relations.has(e.data('property'))).addClass('filtered');
      if (hideLeaves) {
        const shown = (n) => n.connectedEdges().filter((e) => !e.hasClass('filtered')
          && !e.connectedNodes().some((m) => m.hasClass('filtered')));
        cy.nodes().filter((n) => !n.hasClass('centre') && !n.hasClass('filtered') && shown(n).length <= 1)
          .addClass('filtered');
      }
    });
    if (changed) this.frame(cy.elements().not('.filtered'));
    this.declutter();
  }

  /** Types and relations present (for the filter controls), with counts. */
  inventory() {
    const types = new Map(), relations = new Map();
    this.cy.nodes().forEach((n) => { for (const t of n.data('node').types || []) types.set(t, (types.get(t) || 0) + 1); });
    this.cy.edges().forEach((e) => relations.set(e.data('property'), (relations.get(e.data('property')) || 0) + 1));
    return { types, relations };
  }

  /** Renames every node (the interface language changed). */
  rename() {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => n.data('name', this.options.nameOf(n.data('node'))));
      this.cy.edges().forEach((e) => e.data('name', e.data('edge').label || this.options.propertyLabel(e.data('property'))));
    });
    this.declutter();
  }

  /**
   * Labels at LABEL_PX on screen, and shown only where they overlap no label already shown, in order of rank
   * (centre, then depth, then more connections first). Cytoscape's own label bounding boxes decide.
   */
  declutter() {
    const cy = this.cy;
    const zoom = cy.zoom();
    const size = LABEL_PX / zoom;
    cy.batch(() => cy.nodes().style({ 'font-size': size, 'text-max-width': 220 / zoom, 'text-margin-y': 3 / zoom,
      'text-background-padding': 1 / zoom }));
    const kept = [];
    const nodes = cy.nodes().not('.filtered').sort((a, b) => a.data('rank') - b.data('rank'));
    cy.batch(() => nodes.forEach((n) => {
      const box = labelBox(n);
      const fits = box && !kept.some((k) => overlaps(k, box));
      n.toggleClass('quiet', !fits);
      if (fits) kept.push(box);
    }));
    this.container.dataset.labelled = String(kept.length);
    this.container.dataset.visible = String(nodes.length);
    this.container.dataset.nodes = String(cy.nodes().length);
    this.container.dataset.edges = String(cy.edges().length);
  }

  /** Label boxes of the nodes whose labels are shown, in model coordinates, from Cytoscape. */
  labelBoxes() {
    return this.cy.nodes().not('.filtered').not('.quiet').map((n) => ({ id: n.id(), ...pick(labelBox(n)) }));
  }

  hover(node, on) {
    node.toggleClass('hover', on);
    node.connectedEdges().toggleClass('near', on);
  }

  select(node) {
    if (node.selected() && this.options.onOpen) { this.options.onOpen(node.id()); return; }
    this.cy.elements().unselect();
    node.select();
    this.container.setAttribute('aria-activedescendant', '');
    this.options.onSelect && this.options.onSelect(node.id());
  }

  /** Keyboard: arrows or Tab-like n/p move between visible nodes, Enter opens, +/- zoom, 0 fits. */
  key(event) {
    const nodes = this.cy.nodes().not('.filtered').sort((a, b) => a.data('rank') - b.data('rank'));
    if (!nodes.length) return;
    const current = nodes.filter(':selected')[0];
    const at = current ? nodes.toArray().indexOf(current) : -1;
    const move = (step) => {
      const next = nodes[(at + step + nodes.length) % nodes.length];
      this.cy.elements().unselect();
      next.select();
      this.cy.animate({ center: { eles: next } }, { duration: 150 });
      this.options.onSelect && this.options.onSelect(next.id());
    };
    const keys = {
      ArrowRight: () => move(1), ArrowDown: () => move(1), ArrowLeft: () => move(-1), ArrowUp: () => move(-1),
      Enter: () => current && this.options.onOpen && this.options.onOpen(current.id()),
      '+': () => this.zoom(1.25), '=': () => this.zoom(1.25), '-': () => this.zoom(0.8), 0: () => this.fit(),
      e: () => current && this.options.onExpand && this.options.onExpand(current.id()),
    };
    if (!keys[event.key]) return;
    event.preventDefault();
    keys[event.key]();
  }

  fit() { this.frame(this.cy.elements().not('.filtered')); this.declutter(); }

  zoom(factor) {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    this.declutter();
  }

  reset() {
    if (this.home) { this.cy.viewport(this.home); this.declutter(); }
  }

  /** The view as a PNG data URL, at twice the screen's resolution, on white. */
  png() {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff' });
  }

  /** The visible nodes and edges as Turtle: one triple per edge, and each node's types and labels. */
  turtle(ontologyIri) {
    const nodes = this.cy.nodes().not('.filtered');
    const edges = this.cy.edges().not('.filtered').filter((e) => !e.connectedNodes().some((n) => n.hasClass('filtered')));
    const iri = (n) => '<' + n.data('node').iri + '>';
    const term = (compact) => compact && compact.startsWith('cst:') ? compact : '<' + compact + '>';
    const lines = ['@prefix cst: <' + ontologyIri + '> .', '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .', ''];
    nodes.forEach((n) => {
      const node = n.data('node');
      if (!node.iri) return;
      const parts = (node.types || []).filter((t) => t.startsWith('cst:')).map((t) => 'a ' + t);
      for (const [tag, names] of Object.entries(node.labels || {}))
        for (const name of names) parts.push('rdfs:label ' + literal(name) + (tag ? '@' + tag : ''));
      if (parts.length) lines.push(iri(n) + ' ' + parts.join(' ;\n    ') + ' .');
    });
    lines.push('');
    edges.forEach((e) => {
      const s = e.source(), o = e.target();
      if (s.data('node').iri && o.data('node').iri && !e.data('edge').undirected)
        lines.push(iri(s) + ' ' + term(e.data('property')) + ' ' + iri(o) + ' .');
    });
    return lines.join('\n') + '\n';
  }

  destroy() { this.cy.destroy(); }
}

function labelBox(node) {
  if (!node.data('name')) return null;
  const b = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  return b && b.w > 0 ? b : null;
}

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function pick(b) {
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

function literal(text) {
  return '"' + String(text).replace(/[\\"]/g, (c) => '\\' + c).replace(/\n/g, '\\n').replace(/\r/g, '\\r') + '"';
}
