/** Roving focus for a grid: one tab stop, arrow keys, Home/End and Page keys move between cells. */
import { useCallback, useState, type KeyboardEvent } from 'react';

export function useGridFocus(rows: number, cols: number) {
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max - 1, value));
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const moves: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
        PageUp: [-10, 0],
        PageDown: [10, 0],
      };
      let next = focus;
      const move = moves[event.key];
      if (move) next = { row: clamp(focus.row + move[0], rows), col: clamp(focus.col + move[1], cols) };
      else if (event.key === 'Home') next = { row: event.ctrlKey ? 0 : focus.row, col: 0 };
      else if (event.key === 'End') next = { row: event.ctrlKey ? rows - 1 : focus.row, col: cols - 1 };
      else return;
      event.preventDefault();
      setFocus(next);
      const grid = event.currentTarget;
      requestAnimationFrame(() =>
        grid.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus(),
      );
    },
    [focus, rows, cols],
  );
  return { focus, setFocus, onKeyDown };
}
