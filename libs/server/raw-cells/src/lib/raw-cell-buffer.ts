/** What a count is of. Stored as a small number in `raw_cell.measure`. */
export const MEASURES = { headcount: 1, respondents: 2, answers: 3 } as const;
export type Measure = keyof typeof MEASURES;

const NULL = 0; // category ids start at 1 (serial), so 0 can stand for "none"

/**
 * Cells of an upload in compact columns (about 20 bytes a cell), gathered while its rows are checked
 * until they are written to `raw_cell` (see `CellCopy`).
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

  /** The cells as PostgreSQL COPY text (columns of `raw_cell`). */
  copyText(uploadId: string): string {
    const cell = (id: number) => (id === NULL ? '\\N' : String(id));
    let text = '';
    for (let i = 0; i < this.length; i++) {
      text += `${uploadId}\t${this.units[i]}\t${this.measures[i]}\t${this.combinationLiterals[this.combinations[i]]}\t`;
      text += `${cell(this.categories[i])}\t${cell(this.categories2[i])}\t${this.counts[i]}\n`;
    }
    return text;
  }

  /** Empties the buffer (its combinations stay numbered). */
  clear(): void {
    this.length = 0;
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
