// A synthetic neighbourhood of 200 nodes in the API's shape (a centre, 15 hubs, 184 nodes around them and some links
// across), drawn by the explorer's own GraphView; the page then writes what Cytoscape reports: how many labels are
// shown, their bounding boxes, and the time from data to first paint.
import { GraphView, TYPE_COLOURS } from '../explore/graph.js';

const types = Object.keys(TYPE_COLOURS);
const words = ['중국과학원', '国家发展和改革委员会', 'Institute of Semiconductors', '베이징항공항천대학', '工业和信息化部',
  'Shenzhou', '과학기술부', '中国科学技术大学', 'Long March', '국가항천국', '深圳市', '연구소'];
const nodes = [{ id: 'fixture/centre', iri: 'https://w3id.org/cstkg/id/fixture/centre', label: '중심 기관',
  labels: { ko: ['중심 기관'], en: ['Centre body'] }, types: ['cst:GovernmentBody'], depth: 0 }];
const edges = [];
for (let i = 0; i < 199; i++) {
  const hub = i < 15;
  const label = words[i % words.length] + ' ' + (i + 1);
  nodes.push({ id: 'fixture/n' + i, iri: 'https://w3id.org/cstkg/id/fixture/n' + i, label, labels: { ko: [label] },
    types: [types[i % types.length]], depth: hub ? 1 : 2 });
  const parent = hub ? 'fixture/centre' : 'fixture/n' + (i % 15);
  edges.push({ source: parent, target: 'fixture/n' + i, property: i % 3 ? 'cst:partOf' : 'cst:locatedIn' });
  if (!hub && i % 7 === 0) edges.push({ source: 'fixture/n' + i, target: 'fixture/n' + ((i + 5) % 15),
    property: 'cst:affiliatedWith' });
}

const container = document.getElementById('graph');
const expanded = [], opened = [];
const view = new GraphView(container, { nameOf: (n) => n.label, propertyLabel: (p) => p, typeLabel: (p) => p,
  onExpand: (id) => expanded.push(id), onOpen: (id) => opened.push(id) });
const started = performance.now();
await view.show({ nodes, edges }, 'fixture/centre');
await new Promise((resolve) => view.cy.one('render', resolve) && view.cy.forceRender());
const firstPaintMs = performance.now() - started;
// a double-click on a node asks to expand it; the keyboard moves the selection (centre first) and Enter opens it
view.cy.getElementById('fixture/n3').emit('dbltap');
const key = (k) => container.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
key('ArrowRight');
key('ArrowRight');
const selected = view.cy.nodes(':selected').map((n) => n.id());
key('Enter');
document.getElementById('result').textContent = JSON.stringify({
  nodes: view.cy.nodes().length, edges: view.cy.edges().length, labelled: Number(container.dataset.labelled),
  firstPaintMs: Math.round(firstPaintMs), zoom: view.cy.zoom(), boxes: view.labelBoxes(),
  png: view.png().slice(0, 22), expanded, opened, selected, turtle: view.turtle('https://w3id.org/cstkg/ontology#') });
document.body.dataset.ready = 'yes';
