/**
 * The levels of every jurisdiction × technology of a query, in flat typed arrays (row by jurisdiction),
 * looked up by id. A gap list joins 25,000 cells several times over: an object and a key string per cell
 * cost more than reading the levels from Neo4j.
 */
import { COVERAGE_LEVELS, REGULATION_MODES, type CoverageLevel, type RegulationMode } from '@lacuna/model';
import type { CellRow } from './types.js';

const NONE = COVERAGE_LEVELS.indexOf('none');

export class LevelGrid {
  private readonly jIndex: Map<string, number>;
  private readonly tIndex: Map<string, number>;
  /** Per cell: rank in COVERAGE_LEVELS, rank in REGULATION_MODES (-1: none), rules that apply. */
  readonly rank: Int8Array;
  readonly mode: Int8Array;
  readonly applying: Int32Array;

  constructor(
    readonly jurisdictions: readonly string[],
    readonly technologies: readonly string[],
  ) {
    this.jIndex = new Map(jurisdictions.map((j, k) => [j, k]));
    this.tIndex = new Map(technologies.map((t, k) => [t, k]));
    const size = jurisdictions.length * technologies.length;
    this.rank = new Int8Array(size).fill(NONE);
    this.mode = new Int8Array(size).fill(-1);
    this.applying = new Int32Array(size);
  }

  get size(): number {
    return this.rank.length;
  }

  /** The position of the jurisdiction's first cell (its row), or -1 when the grid does not hold it. */
  rowOf(jurisdiction: string): number {
    const j = this.jIndex.get(jurisdiction);
    return j === undefined ? -1 : j * this.technologies.length;
  }

  /** The technology's position within a row, or -1. */
  columnOf(technology: string): number {
    return this.tIndex.get(technology) ?? -1;
  }

  /** The cell's position, or -1 when the grid does not hold it. */
  at(jurisdiction: string, technology: string): number {
    const row = this.rowOf(jurisdiction);
    const column = this.columnOf(technology);
    return row < 0 || column < 0 ? -1 : row + column;
  }

  /** Every cell of `jurisdictions` × `technologies` is in this grid. */
  holds(jurisdictions: readonly string[], technologies: readonly string[]): boolean {
    return jurisdictions.every((j) => this.jIndex.has(j)) && technologies.every((t) => this.tIndex.has(t));
  }

  /** The level of a cell the grid holds, null for any other. */
  levelOf(jurisdiction: string, technology: string): CoverageLevel | null {
    const k = this.at(jurisdiction, technology);
    return k < 0 ? null : this.level(k);
  }

  level(k: number): CoverageLevel {
    return COVERAGE_LEVELS[this.rank[k] ?? NONE] ?? 'none';
  }

  strongestMode(k: number): RegulationMode | null {
    return REGULATION_MODES[this.mode[k] ?? -1] ?? null;
  }

  /** The cell at position k as the explained queries give it (no rules listed). */
  row(k: number): CellRow {
    const width = this.technologies.length;
    return {
      jurisdiction: this.jurisdictions[Math.floor(k / width)] ?? '',
      technology: this.technologies[k % width] ?? '',
      level: this.level(k),
      strongestMode: this.strongestMode(k),
      applying: this.applying[k] ?? 0,
      excludedCounts: [],
      rules: [],
    };
  }
}
