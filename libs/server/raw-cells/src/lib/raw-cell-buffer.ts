import { Readable } from 'node:stream';

/** What a count is of. Stored as a small number in `raw_cell.measure`. */
export const MEASURES = { headcount: 1, respondents: 2, answers: 3 } as const;
export type Measure = keyof typeof MEASURES;

const NULL = 0; // category ids start at 1 (serial), so 0 can stand for "none"

/**
 * The cells of one upload in compact columns (about 20 bytes a cell), so that a file of a
 * million rows is checked and written without a million objects in memory.
 */
export class RawCellBuffer {
  private capacity = 1024;
  private units = new Int32Array(this.capacity);
  private measures = new Uint8Array(this.capacity);
  private combinations = new Int32Array(this.capacity);
  private categories = new Int32Array(this.capacity);
  private categories2 = new Int32Array(this.capacity);
  private counts = new Int32Array(this.capacity);
  /** `attribute_values` of each combination, as PostgreSQL array literals; 0 is the total over all values. */
  private readonly combinationLiterals = ['{}'];
  length = 0;

  /** Numbers a combination of attribute values (ids ascending) for `push`; call once per combination. */
  addCombination(attributeValueIds: readonly number[]): number {
    return this.combinationLiterals.push(`{${attributeValueIds.join(',')}}`) - 1;
  }

  /** `combination`: 0 for a total over all attribute values, else a number from `addCombination`. */
  push(
    unitId: number,
    measure: Measure,
    combination: number,
    categoryId: number | null,
    category2Id: number | null,
    count: number,
  ): void {
    if (this.length === this.capacity) this.grow();
    const i = this.length++;
    this.units[i] = unitId;
    this.measures[i] = MEASURES[measure];
    this.combinations[i] = combination;
    this.categories[i] = categoryId ?? NULL;
    this.categories2[i] = category2Id ?? NULL;
    this.counts[i] = count;
  }

  /** The distinct units of the buffer. */
  unitIds(): number[] {
    return [...new Set(this.units.subarray(0, this.length))];
  }

  /** The cells as PostgreSQL COPY text (columns of `raw_cell`), produced in chunks as they are read. */
  toCopyText(uploadId: string): Readable {
    return Readable.from(this.copyChunks(uploadId), { objectMode: false });
  }

  private *copyChunks(uploadId: string): Generator<string> {
    const cell = (id: number) => (id === NULL ? '\\N' : String(id));
    for (let start = 0; start < this.length; start += 10_000) {
      let text = '';
      for (let i = start; i < Math.min(start + 10_000, this.length); i++) {
        text += `${uploadId}\t${this.units[i]}\t${this.measures[i]}\t${this.combinationLiterals[this.combinations[i]]}\t`;
        text += `${cell(this.categories[i])}\t${cell(this.categories2[i])}\t${this.counts[i]}\n`;
      }
      yield text;
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(this.capacity);
      next.set(old);
      return next;
    };
    this.units = grown(this.units, (n) => new Int32Array(n));
    this.measures = grown(this.measures, (n) => new Uint8Array(n));
    this.combinations = grown(this.combinations, (n) => new Int32Array(n));
    this.categories = grown(this.categories, (n) => new Int32Array(n));
    this.categories2 = grown(this.categories2, (n) => new Int32Array(n));
    this.counts = grown(this.counts, (n) => new Int32Array(n));
  }
}
