/**
 * The coverage heatmap: jurisdictions × technologies. Each cell shows its level by colour, pattern and
 * glyph and names it for screen readers; headers sort; one tab stop, arrow keys move, Enter opens.
 */
import { useCallback } from 'react';
import type { CoverageLevel } from '../../components/levels';
import { useI18n } from '../../i18n/i18n';
import { levelName } from '../../i18n/labels';
import type { MatrixRow, SortDir } from './sortMatrix';
import { HeatmapRow } from './HeatmapRow';
import { useGridFocus } from './useGridFocus';

export interface Column {
  id: string;
  name: string;
  depth: number;
}

interface Props {
  rows: readonly MatrixRow[];
  columns: readonly Column[];
  sort: string;
  dir: SortDir;
  onSort: (sort: string) => void;
  selected: { jurisdiction: string; technology: string } | null;
  onOpen: (jurisdiction: string, technology: string) => void;
  label: string;
}

function ariaSort(active: boolean, dir: SortDir) {
  return active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined;
}

export function Heatmap({ rows, columns, sort, dir, onSort, selected, onOpen, label }: Props) {
  const { t, lang } = useI18n();
  const grid = useGridFocus(rows.length, columns.length);
  const { setFocus } = grid;
  const onFocusCell = useCallback(
    (row: number, col: number) => setFocus((f) => (f.row === row && f.col === col ? f : { row, col })),
    [setFocus],
  );
  const levelText = useCallback(
    (level: CoverageLevel | undefined) => (level ? levelName(level, lang) : t('atlas.noData')),
    [lang, t],
  );
  return (
    <div className="heatmap-scroll">
      <table className="heatmap" aria-label={label} onKeyDown={grid.onKeyDown}>
        <thead>
          <tr>
            <th scope="col" className="heatmap-corner" aria-sort={ariaSort(sort === 'name', dir)}>
              <button type="button" onClick={() => onSort('name')}>
                {t('matrix.jurisdiction')}
              </button>
            </th>
            <th scope="col" className="heatmap-gaps" aria-sort={ariaSort(sort === 'gaps', dir)}>
              <button type="button" onClick={() => onSort('gaps')} title={t('matrix.sortByGaps')}>
                {t('matrix.gaps')}
              </button>
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className="heatmap-col"
                aria-sort={ariaSort(sort === `tech:${column.id}`, dir)}
              >
                <button
                  type="button"
                  onClick={() => onSort(`tech:${column.id}`)}
                  title={t('matrix.sortByColumn', { name: column.name })}
                >
                  <span style={{ paddingLeft: `${column.depth * 0.4}em` }}>{column.name}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <HeatmapRow
              key={row.id}
              row={row}
              index={r}
              columns={columns}
              focusCol={grid.focus.row === r ? grid.focus.col : -1}
              selectedTech={selected?.jurisdiction === row.id ? selected.technology : null}
              levelText={levelText}
              onFocusCell={onFocusCell}
              onOpen={onOpen}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
