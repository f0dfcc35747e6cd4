/** Joins the coverage matrix to the atlas shapes: countries by UN M49 code, US states by name. */
import type { MapMark } from '../../viz/d3';
import type { CoverageMatrixQuery } from '../../generated/graphql';

type Matrix = CoverageMatrixQuery['coverageMatrix'];

export interface AtlasMarks {
  byM49: Map<string, MapMark>;
  usStateByName: Map<string, MapMark>;
  /** The United States' own mark, shown (as inherited) on states with no jurisdiction of their own. */
  us?: MapMark;
}

export function atlasMarks(matrix: Matrix, technology: string): AtlasMarks {
  const levelOf = new Map(
    matrix.cells.filter((c) => c.technology === technology).map((c) => [c.jurisdiction, c.level]),
  );
  const byM49 = new Map<string, MapMark>();
  const usStateByName = new Map<string, MapMark>();
  for (const j of matrix.jurisdictions) {
    const mark: MapMark = { id: j.id, level: levelOf.get(j.id) };
    if (j.level === 'national' && j.m49) byM49.set(j.m49.padStart(3, '0'), mark);
    if (j.level === 'subnational' && j.parent === 'US') usStateByName.set(j.name, mark);
  }
  const usLevel = levelOf.get('US');
  return { byM49, usStateByName, us: usLevel ? { id: 'US', level: usLevel, inherited: true } : undefined };
}
