// The module graph a browser walks when a page imports the built ESM entries
// of plazo unbundled: every file it fetches (dist/ chunks and the dependencies'
// own ESM files in node_modules/), and the import map that points the bare
// specifiers left in dist/ (zod/mini, @date-fns/tz/tzOffset…) at those files.
// esbuild resolves the graph (package.json "exports", browser conditions)
// without writing anything; the browser then loads the files as they are.

import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The entries a seller portal loads: the calendar with the CL table, forms, workflow. */
export const ENTRIES = [
  "dist/calendar/index.js",
  "dist/holidays/index.js",
  "dist/forms/index.js",
  "dist/workflow/index.js",
];

/** Bytes of `body` gzipped at level 9, as a server or CDN would send it. */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/**
 * @param {string} root the package's root (where dist/ and node_modules/ are)
 * @param {readonly string[]} [entries] paths relative to root
 */
export async function moduleGraph(root, entries = ENTRIES) {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: [...entries],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    outdir: "out", // not written
    logLevel: "silent",
  });
  const imports = {};
  for (const [file, input] of Object.entries(metafile.inputs))
    for (const i of input.imports) {
      const spec = i.original ?? i.path;
      if (spec.startsWith(".") || spec.startsWith("/")) continue;
      const url = `/${i.path}`;
      if (imports[spec] !== undefined && imports[spec] !== url)
        throw new Error(
          `${spec} resolves to ${imports[spec]} and ${url} (in ${file}): needs import map scopes`,
        );
      imports[spec] = url;
    }
  return { files: Object.keys(metafile.inputs).sort(), importMap: { imports } };
}
