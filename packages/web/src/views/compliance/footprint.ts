/**
 * A footprint: where a company operates which technologies, for which activity and actors. It travels in
 * the URL (`fp`) and is saved by name in localStorage; whatever comes from either passes through
 * `restoreItems`, which keeps only well-formed items.
 */
import { ACTIVITIES, ACTOR_CLASSES } from '@lacuna/model';
import type { Activity, ActorClass } from '../../generated/graphql';

export interface FootprintItem {
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor: ActorClass;
}

export interface SavedFootprint {
  name: string;
  items: FootprintItem[];
  savedAt: string;
}

const STORAGE_KEY = 'lacuna.footprints';
const ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function restoreItem(value: unknown): FootprintItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const { jurisdiction, technology, activity, actor } = value as Record<string, unknown>;
  if (typeof jurisdiction !== 'string' || !ID.test(jurisdiction)) return null;
  if (typeof technology !== 'string' || !ID.test(technology)) return null;
  if (!(ACTIVITIES as readonly unknown[]).includes(activity)) return null;
  if (!(ACTOR_CLASSES as readonly unknown[]).includes(actor)) return null;
  return { jurisdiction, technology, activity: activity as Activity, actor: actor as ActorClass };
}

export function restoreItems(values: unknown): FootprintItem[] {
  if (!Array.isArray(values)) return [];
  const items = values.map(restoreItem).filter((i): i is FootprintItem => i !== null);
  return dedupe(items);
}

export const itemKey = (i: FootprintItem) => `${i.jurisdiction}~${i.technology}~${i.activity}~${i.actor}`;

export function dedupe(items: readonly FootprintItem[]): FootprintItem[] {
  return [...new Map(items.map((i) => [itemKey(i), i])).values()];
}

export function encodeFootprint(items: readonly FootprintItem[]): string {
  return items.map(itemKey).join(',');
}

export function decodeFootprint(text: string): FootprintItem[] {
  if (!text) return [];
  return restoreItems(
    text.split(',').map((part) => {
      const [jurisdiction, technology, activity, actor] = part.split('~');
      return { jurisdiction, technology, activity, actor };
    }),
  );
}

export function loadSaved(storage: Storage = localStorage): SavedFootprint[] {
  try {
    const parsed = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { name, items, savedAt } = entry as Record<string, unknown>;
      if (typeof name !== 'string' || !name.trim()) return [];
      const restored = restoreItems(items);
      return restored.length > 0
        ? [{ name, items: restored, savedAt: typeof savedAt === 'string' ? savedAt : '' }]
        : [];
    });
  } catch {
    return [];
  }
}

export function saveFootprint(
  name: string,
  items: readonly FootprintItem[],
  storage: Storage = localStorage,
): SavedFootprint[] {
  const others = loadSaved(storage).filter((s) => s.name !== name);
  const next = [...others, { name, items: [...items], savedAt: new Date().toISOString() }].sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  storage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}

export function deleteFootprint(name: string, storage: Storage = localStorage): SavedFootprint[] {
  const next = loadSaved(storage).filter((s) => s.name !== name);
  storage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}
