// The benchmarks' common measure: the median rate of `fn` over 15 runs of
// 20,000 calls after a warm-up, cycling `fn`'s argument through 0..cycle-1.
export function opsPerSecond(fn: (i: number) => unknown, cycle: number): number {
  for (let i = 0; i < 20_000; i++) fn(i % cycle);
  const samples: number[] = [];
  for (let s = 0; s < 15; s++) {
    const n = 20_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(i % cycle);
    samples.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return samples.sort((a, b) => a - b)[7] as number;
}
