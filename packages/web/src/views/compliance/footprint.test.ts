import { describe, expect, it } from 'vitest';
import { decodeFootprint, deleteFootprint, encodeFootprint, loadSaved, restoreItems, saveFootprint } from './footprint';

class MemoryStorage {
  private data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
}

const storage = () => new MemoryStorage() as unknown as Storage;

describe('footprints', () => {
  it('travel in the URL and come back the same, without duplicates', () => {
    const items = [
      { jurisdiction: 'FR', technology: 'facial_recognition', activity: 'use' as const, actor: 'private' as const },
      { jurisdiction: 'US-IL', technology: 'cctv', activity: 'data_processing' as const, actor: 'all' as const },
    ];
    const text = encodeFootprint(items);
    expect(text).toBe('FR~facial_recognition~use~private,US-IL~cctv~data_processing~all');
    expect(decodeFootprint(`${text},${text}`)).toEqual(items);
  });

  it('keep only well-formed items from the URL or storage', () => {
    expect(decodeFootprint('FR~cctv~use~private,FR~cctv~fly~private,~cctv~use~all,FR~cctv')).toEqual([
      { jurisdiction: 'FR', technology: 'cctv', activity: 'use', actor: 'private' },
    ]);
    expect(restoreItems('nonsense')).toEqual([]);
    expect(
      restoreItems([null, 3, { jurisdiction: 'FR<script>', technology: 'x', activity: 'use', actor: 'all' }]),
    ).toEqual([]);
  });

  it('are saved by name, replaced on the same name, and deleted', () => {
    const s = storage();
    const item = { jurisdiction: 'FR', technology: 'cctv', activity: 'use' as const, actor: 'all' as const };
    saveFootprint('Sites', [item], s);
    saveFootprint('Alpha', [item], s);
    saveFootprint('Sites', [item, { ...item, jurisdiction: 'NG' }], s);
    expect(loadSaved(s).map((f) => [f.name, f.items.length])).toEqual([
      ['Alpha', 1],
      ['Sites', 2],
    ]);
    expect(deleteFootprint('Alpha', s).map((f) => f.name)).toEqual(['Sites']);
  });

  it('survive corrupted storage', () => {
    const s = storage();
    s.setItem('lacuna.footprints', '{not json');
    expect(loadSaved(s)).toEqual([]);
    s.setItem('lacuna.footprints', JSON.stringify([{ name: 'x', items: [{ bad: true }] }, { name: 3 }]));
    expect(loadSaved(s)).toEqual([]);
  });
});
