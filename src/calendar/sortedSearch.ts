/**
 * Searches a sorted `Float64Array` in constant time on evenly spread keys (an
 * index's interval starts, its running open time): a table of as many
 * buckets as keys, laid over `[first key, last key]`, narrows every search to
 * the keys of one bucket before a binary search over them. A plain binary
 * search over thousands of keys costs a mispredicted branch per step; this
 * costs one or two. Any keys work, unevenly spread ones only search longer.
 */
export class SortedSearch {
  private readonly base: number;
  /** Buckets per unit of key; 0 when all keys are equal (one bucket holds them). */
  private readonly scale: number;
  /** The last bucket; keys at or past it all fall in it. */
  private readonly top: number;
  /** `buckets[k]` = first key index in bucket `k` or later; `buckets[top + 1]` = key count. */
  private readonly buckets: Int32Array;

  constructor(readonly keys: Float64Array) {
    const n = keys.length;
    this.base = n > 0 ? (keys[0] as number) : 0;
    this.top = Math.max(1, 4 * n);
    const range = n > 0 ? (keys[n - 1] as number) - this.base : 0;
    this.scale = range > 0 ? this.top / range : 0;
    const buckets = new Int32Array(this.top + 2);
    let i = 0;
    for (let k = 0; k <= this.top; k++) {
      while (i < n && this.bucketOf(keys[i] as number) < k) i++;
      buckets[k] = i;
    }
    buckets[this.top + 1] = n;
    this.buckets = buckets;
  }

  /**
   * Bucket of `x`: monotone in `x` (a rounded subtraction, product and floor
   * all are), so a key in an earlier bucket is below `x` and one in a later
   * bucket above it, and the search only looks at `x`'s own bucket.
   */
  private bucketOf(x: number): number {
    return Math.floor((x - this.base) * this.scale);
  }

  /** First index `i` with `keys[i] > x` (`strict`) or `keys[i] >= x`; the key count if none. */
  search(x: number, strict: boolean): number {
    const k = Math.floor((x - this.base) * this.scale); // bucketOf(x), written out for speed
    if (k < 0) return 0; // below the first key
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    if (k >= 0) {
      const j = k < this.top ? k : this.top;
      lo = this.buckets[j] as number;
      hi = this.buckets[j + 1] as number;
    } // else x is NaN (or infinite with a single bucket): search every key
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = keys[mid] as number;
      if (strict ? v > x : v >= x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
