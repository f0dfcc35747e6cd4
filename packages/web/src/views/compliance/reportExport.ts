/** The compliance report as CSV (one line per footprint item) or JSON (the whole report). */
import { toCsv } from '../../components/download';
import type { ComplianceCheckQuery } from '../../generated/graphql';
import type { FootprintItem } from './footprint';

export type Report = ComplianceCheckQuery['complianceCheck'];

export function reportCsv(report: Report): string {
  const header = [
    'item',
    'jurisdiction_id',
    'jurisdiction',
    'technology_id',
    'technology',
    'activity',
    'actor',
    'level',
    'strongest_mode',
    'soft_only',
    'uncovered',
    'applicable_instruments',
    'sources',
  ];
  const rows = report.items.map(({ index, coverage: c }) => [
    index + 1,
    c.jurisdiction.id,
    c.jurisdiction.name,
    c.technology.id,
    c.technology.name,
    c.activity,
    c.actor,
    c.level,
    c.strongestMode,
    report.softOnly.includes(index) ? 'yes' : 'no',
    report.uncovered.includes(index) ? 'yes' : 'no',
    c.applicable.map((r) => `${r.instrument.name} (${r.mode}${r.provision ? `, ${r.provision}` : ''})`).join('; '),
    [...new Set(c.sources.map((s) => s.url))].join(' '),
  ]);
  return toCsv(header, rows);
}

export function reportJson(report: Report, footprint: readonly FootprintItem[]): string {
  return JSON.stringify({ footprint, report }, null, 2);
}
