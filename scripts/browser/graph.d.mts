export declare const ENTRIES: readonly string[];
export declare function gzipSize(body: string | Uint8Array): number;
export declare function moduleGraph(
  root: string,
  entries?: readonly string[],
): Promise<{ files: string[]; importMap: { imports: Record<string, string> } }>;
