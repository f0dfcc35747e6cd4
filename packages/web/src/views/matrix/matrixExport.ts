/** The matrix as shown (filters and sort applied) as CSV: one row per jurisdiction, one column per technology. */
import { toCsv } from '../../components/download';
import type { Column } from './Heatmap';
import type { MatrixRow } from './sortMatrix';

export function matrixCsv(rows: readonly MatrixRow[], columns: readonly Column[]): string {
  const header = ['jurisdiction_id', 'jurisdiction', 'gaps', ...columns.map((c) => c.id)];
  return toCsv(
    header,
    rows.map((row) => [row.id, row.name, row.gaps, ...columns.map((c) => row.levels.get(c.id) ?? '')]),
  );
}
