import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_MIDNIGHT_MS, everyUtcDay, untilNextUtcDay } from './daily.js';

describe('untilNextUtcDay', () => {
  it('counts to just after the next midnight UTC, whatever the time of day', () => {
    expect(untilNextUtcDay(new Date('2026-11-26T23:59:59.000Z'))).toBe(1_000 + AFTER_MIDNIGHT_MS);
    expect(untilNextUtcDay(new Date('2026-11-27T00:00:00.000Z'))).toBe(86_400_000 + AFTER_MIDNIGHT_MS);
    // The last day of a month and of a leap February.
    expect(untilNextUtcDay(new Date('2028-02-29T12:00:00.000Z'))).toBe(43_200_000 + AFTER_MIDNIGHT_MS);
  });
});

describe('everyUtcDay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the task after each midnight UTC, not before, until stopped', async () => {
    vi.setSystemTime(new Date('2026-11-26T22:00:00.000Z'));
    const days: string[] = [];
    const stop = everyUtcDay(
      async () => {
        days.push(new Date().toISOString().slice(0, 10));
      },
      (error) => {
        throw error;
      },
    );
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(days).toEqual([]);
    await vi.advanceTimersByTimeAsync(AFTER_MIDNIGHT_MS);
    expect(days).toEqual(['2026-11-27']);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(days).toEqual(['2026-11-27', '2026-11-28']);
    stop();
    await vi.advanceTimersByTimeAsync(3 * 86_400_000);
    expect(days).toHaveLength(2);
  });

  it('reports a failed day and runs the next one', async () => {
    vi.setSystemTime(new Date('2026-11-26T23:00:00.000Z'));
    const failures: string[] = [];
    const stop = everyUtcDay(
      async () => {
        throw new Error(`Neo4j unavailable on ${new Date().toISOString().slice(0, 10)}`);
      },
      (error) => failures.push((error as Error).message),
    );
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(failures).toEqual(['Neo4j unavailable on 2026-11-27', 'Neo4j unavailable on 2026-11-28']);
    stop();
  });
});
