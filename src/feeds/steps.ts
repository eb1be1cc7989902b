/**
 * Parsing in steps: a format reads its entries in a generator that yields after each one.
 * Tests and host-given data run it to the end at once; the loader runs it in slices of a
 * few milliseconds with the page getting a turn in between, so a 500-item feed never holds
 * the main thread in one long task.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs all steps now. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Longest slice of work before the page gets a turn (ms). */
export const SLICE_MS = 10;

const now = () => (globalThis.performance ?? Date).now();
// A turn for the page: scheduler.yield() where there is one (it keeps this task's priority), else a macrotask.
export const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Runs the steps in slices of about {@link SLICE_MS}; stops with an AbortError when `signal` aborts. */
export async function runSliced<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
  let start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - start > SLICE_MS) {
      await yieldToPage();
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      start = now();
    }
  }
}
