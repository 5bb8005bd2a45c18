// The query editor at /sparql: YASGUI (vendored by the build under yasgui/) pointed at this server's endpoint,
// with the researcher queries of queries/*.rq as examples. A fragment opens one and may run it:
//   /sparql#example=01-ministry-policies        opens the example in a tab
//   /sparql#example=01-ministry-policies&run     opens it and runs it
const endpoint = new URL("sparql", document.baseURI).href;
document.getElementById("endpoint").textContent = endpoint;

const yasgui = new Yasgui(document.getElementById("yasgui"), {
  requestConfig: { endpoint, method: "POST" },
  copyEndpointOnNewTab: true,
  populateFromUrl: false,
  persistenceId: "cstkg-sparql",
  endpointCatalogueOptions: { getData: () => [{ endpoint }] },
});

const examples = await fetch("query/examples.json").then((r) => {
  if (!r.ok) throw new Error("query/examples.json: " + r.status);
  return r.json();
});

const picker = document.getElementById("examples");
for (const example of examples) {
  const option = document.createElement("option");
  option.value = example.name;
  option.textContent = example.name + ": " + example.question;
  picker.append(option);
}

function open(example) {
  return yasgui.addTab(true, { name: example.name, yasqe: { value: example.query }, requestConfig: { endpoint } },
    { avoidDuplicateTabs: true });
}

picker.addEventListener("change", () => {
  const example = examples.find((e) => e.name === picker.value);
  if (example) open(example);
  picker.value = "";
});

const params = new URLSearchParams(location.hash.slice(1));
const wanted = examples.find((e) => e.name === params.get("example"));
if (params.get("query")) {
  // a query handed over by another page (the explorer links each view's query as /sparql#query=…)
  const tab = yasgui.addTab(true, { name: "explorer", yasqe: { value: params.get("query") }, requestConfig: { endpoint } });
  if (params.has("run")) tab.query();
} else if (wanted) {
  const tab = open(wanted);
  if (params.has("run")) tab.query();
} else {
  // a first visit: the first example, rather than YASGUI's default query about another endpoint's data
  const tab = yasgui.getTab();
  if (examples.length && tab && !tab.getQuery().includes("cstkg")) tab.setQuery(examples[0].query);
}
