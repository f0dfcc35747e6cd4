/** The Matrix view's state, as it appears in the URL. */
export const MATRIX_DEFAULTS = {
  activity: 'use',
  actor: 'all',
  year: '',
  region: '',
  sub: '',
  family: '',
  sort: 'name',
  dir: 'asc',
  /** The open cell, `<jurisdiction>~<technology>`. */
  cell: '',
} as const;

export type MatrixKey = keyof typeof MATRIX_DEFAULTS;

export function parseCell(cell: string): { jurisdiction: string; technology: string } | null {
  const [jurisdiction, technology] = cell.split('~');
  return jurisdiction && technology ? { jurisdiction, technology } : null;
}
