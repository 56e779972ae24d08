import { frozen } from "../check.js";
import type { FileType } from "./types.js";

const excel = [
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    extensions: ["xlsx"],
  },
  { mime: "application/vnd.ms-excel", extensions: ["xls"] },
] as const satisfies readonly FileType[];

/**
 * Common file types for `accept` (MIME type and extensions must both match).
 * `spreadsheets` is Excel plus CSV (also as browsers on Windows label it) and ODS.
 *
 * @example
 * ```ts
 * const r004_2 = [...fileTypes.images, ...fileTypes.excel, ...fileTypes.word];
 * ```
 */
export const fileTypes = /* @__PURE__ */ frozen({
  images: [
    { mime: "image/png", extensions: ["png"] },
    { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
    { mime: "image/gif", extensions: ["gif"] },
    { mime: "image/webp", extensions: ["webp"] },
  ],
  excel,
  spreadsheets: [
    ...excel,
    { mime: "application/vnd.ms-excel", extensions: ["csv"] },
    { mime: "text/csv", extensions: ["csv"] },
    { mime: "application/vnd.oasis.opendocument.spreadsheet", extensions: ["ods"] },
  ],
  word: [
    {
      mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      extensions: ["docx"],
    },
    { mime: "application/msword", extensions: ["doc"] },
  ],
  pdf: [{ mime: "application/pdf", extensions: ["pdf"] }],
} as const satisfies Record<string, readonly FileType[]>);

// Control characters, and bidirectional overrides that can disguise an extension ("exe.pdf").
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f/\\\u202a-\u202e\u2066-\u2069]/;
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const EXECUTABLE = new Set(
  "exe com bat cmd scr pif msi msp dll cpl hta jar js jse vbs vbe wsf wsh ps1 psm1 lnk reg sh app apk deb rpm iso".split(
    " ",
  ),
);

/** Lower-case extension of a file name ("" when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * Whether a file name is safe to store and show: no path separators or
 * control characters, not a reserved device name, not a dot-file or a bare
 * extension (`.htaccess`, `.pdf`), no trailing dot or space,
 * at most 255 characters, and no deceptive double extension ending in an
 * executable one (`invoice.pdf.exe`).
 */
export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > 255 || UNSAFE_CHARS.test(name)) return false;
  // Dot-files (".htaccess") and names that are only an extension (".pdf") too.
  if (/^\s*\./.test(name) || /[. ]$/.test(name) || DEVICE.test(name)) return false;
  const parts = name.split(".");
  return !(parts.length > 2 && EXECUTABLE.has((parts[parts.length - 1] as string).toLowerCase()));
}

/** Whether a file of MIME `type` and name `name` is one of `types`. */
export function matchesType(types: readonly FileType[], type: string, name: string): boolean {
  const ext = extensionOf(name);
  const mime = type.toLowerCase();
  return types.some(
    (t) =>
      (t.mime === mime || (t.mime.endsWith("/*") && mime.startsWith(t.mime.slice(0, -1)))) &&
      t.extensions.includes(ext),
  );
}
