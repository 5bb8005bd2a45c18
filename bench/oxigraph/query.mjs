// p50/p99 of each queries/*.rq on Oxigraph (the npm package, WebAssembly build, in-memory store) holding the merged
// triples, as TSV lines "oxigraph query p50_ms p99_ms rows runs", like QueryBench for the JVM engines.
//   node query.mjs MERGED.nt QUERIES_DIR WARMUP RUNS SECONDS
import { readdirSync, readFileSync, openSync, readSync, closeSync } from "node:fs";
import { join } from "node:path";
import oxigraph from "oxigraph";

const [file, dir, warmupArg, runsArg, secondsArg] = process.argv.slice(2);
const warmup = Number(warmupArg), runs = Number(runsArg), seconds = Number(secondsArg);

const store = new oxigraph.Store();
const t0 = process.hrtime.bigint();
// N-Triples in chunks cut at line ends: a whole large file is longer than a JavaScript string may be
const fd = openSync(file, "r");
const buf = Buffer.alloc(32 * 1024 * 1024);
let rest = "";
for (;;) {
  const n = readSync(fd, buf, 0, buf.length, null);
  if (n === 0) break;
  const text = rest + buf.toString("utf8", 0, n);
  const cut = text.lastIndexOf("\n") + 1;
  store.load(text.slice(0, cut), { format: "application/n-triples", no_transaction: true });
  rest = text.slice(cut);
}
if (rest.trim()) store.load(rest, { format: "application/n-triples", no_transaction: true });
closeSync(fd);
process.stderr.write(`oxigraph: ${store.size} triples, ready in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s\n`);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1))];
};
const run = (q) => {
  const r = store.query(q);
  return Array.isArray(r) ? r.length : 1;
};
for (const name of readdirSync(dir).filter((f) => f.endsWith(".rq")).sort()) {
  const q = readFileSync(join(dir, name), "utf8");
  let rows = 0;
  const warmDeadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  for (let i = 0; i < warmup && process.hrtime.bigint() < warmDeadline; i++) rows = run(q);
  const times = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  for (let i = 0; i < runs && (i === 0 || process.hrtime.bigint() < deadline); i++) {
    const s = process.hrtime.bigint();
    rows = run(q);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  console.log(["oxigraph", name.replace(/\.rq$/, ""), pct(times, 50).toFixed(3), pct(times, 99).toFixed(3), rows, times.length].join("\t"));
}
