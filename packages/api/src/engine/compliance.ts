/**
 * A compliance report for a declared footprint: coverage per item (from the coverage query), conflicts
 * between items, the strictest common requirement per technology and activity, and what only soft law covers.
 */
import {
  REGULATION_MODES,
  type Activity,
  type ActorClass,
  type CoverageLevel,
  type RegulationMode,
} from '@lacuna/model';
import type { Graph } from '../graph/db.js';
import { cellKey, coverageCells, rank } from './coverage.js';
import { FULL_EXPLANATION, type CellRow, type Explain, type RuleRow } from './types.js';

export interface FootprintItem {
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor: ActorClass;
}

export interface Conflict {
  kind: 'PROHIBITED_VS_ALLOWED' | 'DIFFERENT_MODES';
  technology: string;
  activity: Activity;
  items: [number, number];
  explanation: string;
}

export interface Strictest {
  technology: string;
  activity: Activity;
  level: CoverageLevel;
  mode: RegulationMode | null;
  rules: RuleRow[];
  items: number[];
  explanation: string;
}

export interface ComplianceResult {
  cells: CellRow[];
  conflicts: Conflict[];
  strictest: Strictest[];
  softOnly: number[];
  uncovered: number[];
}

type Names = (id: string) => string;

export async function complianceCheck(
  graph: Graph,
  footprint: FootprintItem[],
  asOf: string,
  names: Names,
  explain: Explain = FULL_EXPLANATION,
): Promise<ComplianceResult> {
  // One coverage query per (activity, actor) group, explaining that group's items only (not the cross
  // product of their jurisdictions and technologies).
  const groups = new Map<string, FootprintItem[]>();
  for (const item of footprint)
    groups.set(`${item.activity}|${item.actor}`, [...(groups.get(`${item.activity}|${item.actor}`) ?? []), item]);
  const byGroup = new Map<string, Map<string, CellRow>>();
  await Promise.all(
    [...groups].map(async ([key, items]) => {
      const [first] = items;
      if (!first) return;
      const cells = await coverageCells(
        graph,
        {
          jurisdictions: [...new Set(items.map((i) => i.jurisdiction))],
          technologies: [...new Set(items.map((i) => i.technology))],
          activity: first.activity,
          actor: first.actor,
          asOf,
          pairs: items.map((i): [string, string] => [i.jurisdiction, i.technology]),
        },
        explain,
      );
      byGroup.set(key, cells);
    }),
  );
  const cells = footprint.map((item) => {
    const cell = byGroup.get(`${item.activity}|${item.actor}`)?.get(cellKey(item.jurisdiction, item.technology));
    if (!cell) throw new Error('coverage cell missing for a footprint item');
    return cell;
  });

  const conflicts: Conflict[] = [];
  const strictest: Strictest[] = [];
  const byUse = new Map<string, number[]>();
  footprint.forEach((item, index) =>
    byUse.set(`${item.technology}|${item.activity}`, [
      ...(byUse.get(`${item.technology}|${item.activity}`) ?? []),
      index,
    ]),
  );
  for (const indexes of byUse.values()) {
    const [firstIndex = 0] = indexes;
    const item = footprint[firstIndex];
    if (!item) continue;
    for (let a = 0; a < indexes.length; a++) {
      for (let b = a + 1; b < indexes.length; b++) {
        const [i, k] = [indexes[a] ?? 0, indexes[b] ?? 0];
        const conflict = compare(footprint, cells, i, k, names);
        if (conflict) conflicts.push(conflict);
      }
    }
    strictest.push(strictestOf(item, indexes, cells, footprint, names));
  }
  return {
    cells,
    conflicts,
    strictest,
    softOnly: cells.flatMap((c, i) => (c.level === 'soft' ? [i] : [])),
    uncovered: cells.flatMap((c, i) => (c.level === 'none' ? [i] : [])),
  };
}

function compare(
  footprint: FootprintItem[],
  cells: CellRow[],
  i: number,
  k: number,
  names: Names,
): Conflict | undefined {
  const [x, y] = [cells[i], cells[k]];
  const item = footprint[i];
  const other = footprint[k];
  if (!x || !y || !item || !other || item.jurisdiction === other.jurisdiction) return undefined;
  const what = `${item.activity.replace('_', ' ')} of ${names(item.technology)}`;
  if ((x.level === 'prohibited') !== (y.level === 'prohibited')) {
    const [banned, allowed] = x.level === 'prohibited' ? [item, other] : [other, item];
    const allowedCell = x.level === 'prohibited' ? y : x;
    return {
      kind: 'PROHIBITED_VS_ALLOWED',
      technology: item.technology,
      activity: item.activity,
      items: [i, k],
      explanation: `${what} is prohibited in ${names(banned.jurisdiction)} but not in ${names(allowed.jurisdiction)} (${allowedCell.level}${allowedCell.strongestMode ? `, ${allowedCell.strongestMode}` : ''}).`,
    };
  }
  const modes = (c: CellRow) =>
    new Set(c.rules.filter((r) => r.reason === null && r.level === 'specific').map((r) => r.mode));
  const [mx, my] = [modes(x), modes(y)];
  if (
    x.level === 'specific' &&
    y.level === 'specific' &&
    x.strongestMode !== y.strongestMode &&
    mx.size > 0 &&
    my.size > 0
  ) {
    return {
      kind: 'DIFFERENT_MODES',
      technology: item.technology,
      activity: item.activity,
      items: [i, k],
      explanation: `${what} is regulated by ${x.strongestMode} in ${names(item.jurisdiction)} but by ${y.strongestMode} in ${names(other.jurisdiction)}.`,
    };
  }
  return undefined;
}

function strictestOf(
  item: FootprintItem,
  indexes: number[],
  cells: CellRow[],
  footprint: FootprintItem[],
  names: Names,
): Strictest {
  let level: CoverageLevel = 'none';
  let mode: RegulationMode | null = null;
  for (const index of indexes) {
    const cell = cells[index];
    if (!cell) continue;
    if (rank(cell.level) < rank(level)) level = cell.level;
    if (
      cell.strongestMode &&
      (mode === null || REGULATION_MODES.indexOf(cell.strongestMode) < REGULATION_MODES.indexOf(mode))
    )
      mode = cell.strongestMode;
  }
  const rules = indexes.flatMap((index) =>
    (cells[index]?.rules ?? []).filter(
      (r) => r.reason === null && r.level === level && (mode === null || r.mode === mode || level !== 'prohibited'),
    ),
  );
  const decisive = rules.filter((r) => r.mode === mode);
  const where = [...new Set(indexes.map((i) => footprint[i]?.jurisdiction ?? ''))].map(names).join(', ');
  const what = `${item.activity.replace('_', ' ')} of ${names(item.technology)}`;
  let explanation: string;
  if (level === 'none')
    explanation = `No rule covers ${what} in ${where}: there is no common requirement to meet, only the gap to close.`;
  else if (level === 'prohibited')
    explanation = `${what} is prohibited in at least one place (${decisive.map((r) => r.instrument.name).join(', ')}): the only standard met everywhere in ${where} is not to do it.`;
  else
    explanation = `Meet ${mode} as required by ${[...new Set(decisive.map((r) => r.instrument.name))].join(', ') || 'the strictest rule'} and you meet the strictest ${level === 'soft' ? 'soft-law standard' : 'binding rule'} for ${what} across ${where}.`;
  return {
    technology: item.technology,
    activity: item.activity,
    level,
    mode,
    rules: decisive.length ? decisive : rules,
    items: indexes,
    explanation,
  };
}
