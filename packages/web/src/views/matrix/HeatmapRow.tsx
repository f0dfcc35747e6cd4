/** One row of the heatmap, memoised so that moving focus re-renders two rows, not the whole grid. */
import { memo } from 'react';
import { LEVEL_GLYPH, levelBackground, levelInk, type CoverageLevel } from '../../components/levels';
import type { Column } from './Heatmap';
import type { MatrixRow } from './sortMatrix';

interface Props {
  row: MatrixRow;
  index: number;
  columns: readonly Column[];
  /** The column holding the grid's tab stop in this row, or -1. */
  focusCol: number;
  /** The open cell's technology in this row, if any. */
  selectedTech: string | null;
  levelText: (level: CoverageLevel | undefined) => string;
  onFocusCell: (row: number, col: number) => void;
  onOpen: (jurisdiction: string, technology: string) => void;
}

export const HeatmapRow = memo(function HeatmapRow(props: Props) {
  const { row, index, columns, focusCol, selectedTech, levelText, onFocusCell, onOpen } = props;
  return (
    <tr>
      <th scope="row" className="heatmap-row">
        {row.name}
      </th>
      <td className="heatmap-count">{row.gaps}</td>
      {columns.map((column, c) => {
        const level = row.levels.get(column.id);
        const isSelected = selectedTech === column.id;
        return (
          <td key={column.id} className={isSelected ? 'cell selected' : 'cell'}>
            <button
              type="button"
              data-row={index}
              data-col={c}
              data-level={level ?? 'no-data'}
              tabIndex={focusCol === c ? 0 : -1}
              aria-label={`${row.name} — ${column.name}: ${levelText(level)}`}
              aria-pressed={isSelected}
              style={level ? { background: levelBackground(level), color: levelInk(level) } : undefined}
              onFocus={() => onFocusCell(index, c)}
              onClick={() => level && onOpen(row.id, column.id)}
            >
              <span aria-hidden="true">{level ? LEVEL_GLYPH[level] : ''}</span>
            </button>
          </td>
        );
      })}
    </tr>
  );
});
