/** How many rows a batch holds where a format reads row by row. */
export const BATCH_ROWS = 1000;

/**
 * Groups `items` into arrays of up to `size` consecutive items. If reading fails, the items read before
 * the failure are still passed on, then the error: a reader learns of every row before the bad one.
 */
export async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  try {
    for await (const item of items) {
      if (batch.push(item) === size) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (batch.length > 0) yield batch;
    throw error;
  }
  if (batch.length > 0) yield batch;
}
