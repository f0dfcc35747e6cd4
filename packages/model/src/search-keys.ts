/**
 * Search keys: the whole names an entity answers to (name, French name, aliases, citation), in lower case
 * with Latin accents folded, so that a search for "GDPR" or "ECHR" ranks the entity with that alias first
 * instead of the many that mention it. The loader writes them (`searchKeys`, derived); the keyword index
 * `entity_keys` finds an exact key, and the search folds the user's text the same way.
 */
import { searchableProperties } from './ontology.js';

export const SEARCH_KEYS_INDEX = 'entity_keys';

/** Latin letters the index's ASCII folding spells otherwise than by dropping an accent. */
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' };

/** Lower-case text with Latin accents dropped, as the full-text index's ASCII folding holds it. */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/([a-z])[\u0300-\u036f]+/g, '$1')
    .normalize('NFC')
    .replace(/[ßæœøłđðþ]/g, (c) => FOLDED[c] ?? c);
}

/** A whole name as a key: lower case, accents folded, spaces collapsed. */
export function searchKey(text: string): string {
  return foldLatin(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** The keys of an entity's properties, each once. */
export function searchKeysOf(props: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set<string>();
  for (const name of searchableProperties()) {
    const value = props[name];
    for (const v of Array.isArray(value) ? value : [value]) {
      const key = typeof v === 'string' ? searchKey(v) : '';
      if (key) keys.add(key);
    }
  }
  return [...keys];
}
