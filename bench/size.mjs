// npm run size (after npm run build): min+gzip of browser bundles built from
// dist with esbuild, as a host's bundler would. Fails when the Chilean
// calendar exceeds 40 kB, plazo/forms 20 kB, plazo/workflow 15 kB,
// plazo/sla 9.5 kB, one preset 45 kB or the desk with it 48 kB, when
// plazo/workflow or plazo/sla pulls in holiday data, or when one preset
// pulls in the others.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const LIMITS = {
  "Chilean calendar": 40 * 1024,
  "plazo/forms": 20 * 1024,
  "plazo/workflow": 15 * 1024,
  "plazo/sla": 9.5 * 1024, // 9 kB until issue 15: taking ISO strings as `now` (and saying why one is refused) costs ~0.25 kB; 6 kB until issue 17: checking tickets, events and SLA states loaded from storage costs ~2.7 kB,
  "every plazo table": 20 * 1024, // 18 countries, about 1 kB each (8 tables were 9.0 kB before issue 16)
  "plazo/presets": 45 * 1024, // one preset, built: calendar + CL table + forms + workflow + SLA + its data
  "plazo/desk": 48 * 1024,
};
// Bundles that must not carry holiday tables (a table's generated banner and a Chilean holiday name).
const NO_HOLIDAYS = ["plazo/workflow", "plazo/sla"];
const HOLIDAY_MARKERS = ["Fiestas Patrias", "Día de la Independencia", "Tiradentes"];
// One Chilean preset must not carry the other presets or their countries' tables (tree-shaking).
const OTHER_PRESETS = ["plazo/presets", "plazo/desk"];
const OTHER_MARKERS = [
  "Tiradentes",
  "Revolución Mexicana",
  "marketplace-br",
  "fulfilment-platform",
];
const cases = {
  "Chilean calendar (plazo/calendar + CL)": `import { createCalendar, officeHours } from "plazo/calendar"; import { CL } from "plazo/holidays";
    export const cal = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });`,
  "plazo/calendar alone": `import { createCalendar, officeHours } from "plazo/calendar";
    export const cal = createCalendar({ timeZone: "UTC", hours: officeHours });`,
  "Brazilian calendar (all 27 states)": `import { createCalendar, officeHours } from "plazo/calendar"; import { BR } from "plazo/holidays";
    export const cal = createCalendar({ timeZone: "America/Sao_Paulo", hours: officeHours, holidays: { country: BR, subdivision: "SP" } });`,
  "every plazo table (plazo/holidays)": `export { AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA, PE, PY, SV, UY, VE } from "plazo/holidays";`,
  "plazo/holidays with the partial-day rules": `export * from "plazo/holidays";`,
  "plazo/forms (defineForm + zod/mini)": `import { defineForm } from "plazo/forms";
    export const form = defineForm({ fields: { a: { kind: "text", label: "A" } } });`,
  "plazo/workflow (defineWorkflow, everything)": `import { defineWorkflow } from "plazo/workflow";
    export const wf = defineWorkflow({ initial: "a", statuses: { a: { category: "open", label: "A" }, b: { category: "closed", label: "B", final: true } },
      transitions: [{ event: "close", from: "a", to: "b", roles: ["agent"] }] });`,
  "plazo/sla (defineSlaPolicy: clocks, reports)": `import { defineSlaPolicy } from "plazo/sla";
    export const policy = defineSlaPolicy({ name: "p", version: 1, metrics: { first_reply: { targets: [{ within: { hours: 48 } }] } } });`,
  "all of plazo/sla (+ explain, estimate)": `export * from "plazo/sla";`,
  "SLA workflow (plazo/workflow + plazo/sla)": `import { defineWorkflow } from "plazo/workflow"; import { defineSlaPolicy } from "plazo/sla";
    const sla = defineSlaPolicy({ name: "p", version: 1, metrics: { first_reply: { targets: [{ within: { hours: 48 }, clock: "wall" }] } } });
    export const wf = defineWorkflow({ initial: "a", statuses: { a: { category: "open", label: "A" }, b: { category: "closed", label: "B", final: true } },
      transitions: [{ event: "close", from: "a", to: "b", roles: ["agent"] }] }, { sla });`,
  "Chilean calendar + plazo/workflow": `import { defineWorkflow } from "plazo/workflow"; import { createCalendar, officeHours } from "plazo/calendar"; import { CL } from "plazo/holidays";
    const calendar = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });
    export const wf = defineWorkflow({ initial: "a", statuses: { a: { category: "open", label: "A", timers: [{ name: "t", after: { hours: 1 }, fire: "close" }] }, b: { category: "closed", label: "B", final: true } },
      transitions: [{ event: "close", from: "a", to: "b", roles: ["system"] }] }, { calendar });`,
  "plazo/presets (the retail marketplace CL preset, built)": `import { definePreset, retailMarketplaceCL } from "plazo/presets";
    export const preset = definePreset(retailMarketplaceCL);`,
  "plazo/desk + the retail marketplace CL preset": `import { createDesk } from "plazo/desk"; import { definePreset, retailMarketplaceCL } from "plazo/presets";
    export const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });`,
  "classic zod object (for comparison)": `import { z } from "zod"; export const s = z.object({ a: z.string() });`,
  "zod/mini object (for comparison)": `import * as z from "zod/mini"; export const s = z.object({ a: z.string() });`,
  "date-holidays (for comparison)": `import Holidays from "date-holidays"; export const hd = new Holidays("CL");`,
};

let failed = false;
for (const [name, contents] of Object.entries(cases)) {
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    alias: {
      "plazo/calendar": "./dist/calendar/index.js",
      "plazo/holidays": "./dist/holidays/index.js",
      "plazo/forms": "./dist/forms/index.js",
      "plazo/workflow": "./dist/workflow/index.js",
      "plazo/sla": "./dist/sla/index.js",
      "plazo/presets": "./dist/presets/index.js",
      "plazo/desk": "./dist/desk/index.js",
    },
    logLevel: "error",
  });
  const code = out.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const limit = Object.entries(LIMITS).find(([prefix]) => name.startsWith(prefix))?.[1];
  const over = limit !== undefined && gz > limit;
  const text = new TextDecoder().decode(code);
  const leaked =
    (NO_HOLIDAYS.some((p) => name.startsWith(p)) &&
      HOLIDAY_MARKERS.some((m) => text.includes(m))) ||
    (OTHER_PRESETS.some((p) => name.startsWith(p)) && OTHER_MARKERS.some((m) => text.includes(m)));
  if (leaked) console.log(`${name}: carries holiday data or presets it does not use`);
  failed ||= over || leaked;
  console.log(
    `${name.padEnd(42)} ${(code.length / 1024).toFixed(1).padStart(7)} kB min ${(gz / 1024).toFixed(2).padStart(7)} kB min+gzip${over ? `  OVER ${limit / 1024} kB` : ""}`,
  );
}
process.exitCode = failed ? 1 : 0;
