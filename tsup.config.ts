import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "calendar/index": "src/calendar/index.ts",
    "holidays/index": "src/holidays/index.ts",
    "forms/index": "src/forms/index.ts",
    "workflow/index": "src/workflow/index.ts",
    "sla/index": "src/sla/index.ts",
    "store/index": "src/store/index.ts",
    "store/testing": "src/store/testing.ts",
    "store/postgres/index": "src/store/postgres/index.ts",
    "presets/index": "src/presets/index.ts",
    "desk/index": "src/desk/index.ts",
    "cli/main": "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  // TS 6.0.x: tsup's dts step sets the deprecated `baseUrl`; without this it fails with TS5101.
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: "node20",
  outDir: "dist",
});
