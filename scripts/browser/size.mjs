// node scripts/browser/size.mjs [--files]: what test/browser/chromium.test.ts's
// page loads (after `npm run build`): the built ESM entries of plazo/calendar,
// plazo/holidays, plazo/forms and plazo/workflow, unbundled, with their
// dependencies' ESM files. Each file gzipped at level 9 and summed, per package;
// --files lists every file. For comparison, the same four imports bundled and
// minified by esbuild with only the names a seller portal uses (what a
// bundler such as Vite would ship).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { ENTRIES, gzipSize, moduleGraph } from "./graph.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const missing = ENTRIES.filter((e) => !existsSync(path.join(root, e)));
if (missing.length > 0) {
  console.error(`not built: ${missing.join(", ")} (npm run build)`);
  process.exit(1);
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(9);
const row = (name, files, raw, gz) =>
  `${name.padEnd(50)} ${String(files).padStart(4)} ${kB(raw)} ${kB(gz)}`;

const { files } = await moduleGraph(root);
const sized = files.map((f) => {
  const body = readFileSync(path.join(root, f));
  return { file: f, raw: body.length, gzip: gzipSize(body) };
});
const groupOf = (f) =>
  f.startsWith("dist/")
    ? "plazo (dist/)"
    : (/^node_modules\/((@[^/]+\/)?[^/]+)/.exec(f)?.[1] ?? "other");
const groups = new Map();
for (const s of sized) groups.set(groupOf(s.file), [...(groups.get(groupOf(s.file)) ?? []), s]);
const sum = (list, k) => list.reduce((n, s) => n + s[k], 0);

console.log("The browser test's page, unbundled ESM (each file gzip -9):");
console.log(
  row("", "files", 0, 0)
    .replace(/0\.0 kB/g, "")
    .trimEnd(),
  "     raw      gzip",
);
if (process.argv.includes("--files"))
  for (const s of [...sized].sort((a, b) => b.gzip - a.gzip))
    console.log(row(s.file, 1, s.raw, s.gzip));
for (const [name, list] of groups)
  console.log(row(name, list.length, sum(list, "raw"), sum(list, "gzip")));
console.log(row("total", sized.length, sum(sized, "raw"), sum(sized, "gzip")));

// A seller portal's bundle: the names it uses, tree-shaken and minified.
const entry = [
  `export { createCalendar, officeHours } from "./dist/calendar/index.js";`,
  `export { CL } from "./dist/holidays/index.js";`,
  `export { defineForm, fileTypes } from "./dist/forms/index.js";`,
  `export { defineWorkflow } from "./dist/workflow/index.js";`,
].join("\n");
const bundled = await build({
  absWorkingDir: root,
  stdin: { contents: entry, resolveDir: root, loader: "js" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  logLevel: "silent",
});
const js = bundled.outputFiles[0]?.contents ?? new Uint8Array();
console.log(
  `\nBundled instead (esbuild, minify, gzip -9), createCalendar+officeHours+CL+defineForm+fileTypes+defineWorkflow: ${kB(js.length).trim()} raw, ${kB(gzipSize(js)).trim()} gzip`,
);
