const DAY_MS = 86_400_000;
const prefixes = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * ISO 8601 in UTC (`Date#toISOString`), the form every instant takes in
 * tickets and events. The date part of recent days is cached, the time of
 * day is formatted by arithmetic: several times faster on hot paths.
 */
export function iso(ms: number): string {
  const t = Math.trunc(ms);
  const day = Math.floor(t / DAY_MS);
  const prefix = prefixes.get(day);
  if (prefix === undefined) {
    const s = new Date(t).toISOString();
    if (s.length === 24) {
      if (prefixes.size >= 512) prefixes.clear();
      prefixes.set(day, s.slice(0, 11));
    }
    return s;
  }
  let r = t - day * DAY_MS;
  const h = Math.floor(r / 3_600_000);
  r -= h * 3_600_000;
  const m = Math.floor(r / 60_000);
  r -= m * 60_000;
  const s = Math.floor(r / 1000);
  return `${prefix}${two(h)}:${two(m)}:${two(s)}.${three(r - s * 1000)}Z`;
}
