/** The figures of one benchmark run. */
export interface IngestFigures {
  readonly rows: number;
  readonly units: number;
  readonly fileMb: number;
  readonly checkSeconds: number;
  readonly commitSeconds: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly copySeconds: number;
  readonly copyTable: string;
}

export const TARGET_RATIO = 3;
export const TARGET_PEAK_RSS_MB = 512;

const whole = (n: number) => Math.round(n).toLocaleString('en-US');
const passOrMiss = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/** The figures as a two-column table, with the targets' verdicts. */
export function formatReport(f: IngestFigures): string {
  const ours = f.checkSeconds + f.commitSeconds;
  const ratio = ours / f.copySeconds;
  const lines: [string, string][] = [
    ['rows', `${whole(f.rows)} (${whole(f.units)} units)`],
    ['file', `csv, ${f.fileMb.toFixed(1)} MB`],
    ['check', `${f.checkSeconds.toFixed(1)} s`],
    ['commit', `${f.commitSeconds.toFixed(2)} s`],
    ['ours', `${whole(f.rows / ours)} rows/s`],
    ['COPY baseline', `${f.copySeconds.toFixed(1)} s (${whole(f.rows / f.copySeconds)} rows/s; ${f.copyTable})`],
    ['ratio', `${ratio.toFixed(1)}× COPY   (target ≤ ${TARGET_RATIO}×: ${passOrMiss(ratio <= TARGET_RATIO)})`],
    [
      'peak RSS',
      `${whole(f.peakRssMb)} MB   (target < ${TARGET_PEAK_RSS_MB} MB: ${passOrMiss(f.peakRssMb < TARGET_PEAK_RSS_MB)})`,
    ],
    ['RSS before check', `${whole(f.rssBeforeMb)} MB`],
    ['peak heapUsed', `${whole(f.peakHeapMb)} MB (sampled every 50 ms during check and commit)`],
  ];
  return `${lines.map(([name, value]) => `${name.padEnd(18)} ${value}`).join('\n')}\n`;
}
