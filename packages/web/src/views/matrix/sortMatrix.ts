/** Row order of the coverage matrix: by name, by number of gaps, by overall strength, or by one column. */
import { COVERAGE_LEVELS, type CoverageLevel } from '@lacuna/model';

export type SortDir = 'asc' | 'desc';

/** 4 for prohibited down to 0 for none. */
export function strength(level: CoverageLevel | undefined): number {
  return level ? COVERAGE_LEVELS.length - 1 - COVERAGE_LEVELS.indexOf(level) : -1;
}

export const isGapLevel = (level: CoverageLevel | undefined) => level === 'soft' || level === 'none';

export interface MatrixRow {
  id: string;
  name: string;
  levels: ReadonlyMap<string, CoverageLevel>;
  gaps: number;
  strength: number;
}

export function buildRows(
  jurisdictions: readonly { id: string }[],
  cells: readonly { jurisdiction: string; technology: string; level: CoverageLevel }[],
  nameOf: (id: string) => string,
): MatrixRow[] {
  const byJurisdiction = new Map<string, Map<string, CoverageLevel>>();
  for (const cell of cells) {
    let row = byJurisdiction.get(cell.jurisdiction);
    if (!row) byJurisdiction.set(cell.jurisdiction, (row = new Map()));
    row.set(cell.technology, cell.level);
  }
  return jurisdictions.map((j) => {
    const levels = byJurisdiction.get(j.id) ?? new Map<string, CoverageLevel>();
    const values = [...levels.values()];
    return {
      id: j.id,
      name: nameOf(j.id),
      levels,
      gaps: values.filter(isGapLevel).length,
      strength: values.reduce((sum, level) => sum + strength(level), 0),
    };
  });
}

/** `sort` is `name`, `gaps`, `strength` or `tech:<technology id>`. Ties fall back to the name. */
export function sortRows(rows: readonly MatrixRow[], sort: string, dir: SortDir, locale: string): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) => a.name.localeCompare(b.name, locale);
  const value = (row: MatrixRow): number => {
    if (sort === 'gaps') return row.gaps;
    if (sort === 'strength') return row.strength;
    if (sort.startsWith('tech:')) return strength(row.levels.get(sort.slice(5)));
    return 0;
  };
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort === 'name') return sign * byName(a, b);
    return sign * (value(a) - value(b)) || byName(a, b);
  });
}
