/** Plain-English explanations of engine answers. */
import type { CoverageLevel } from '@lacuna/model';
import type { CellRow, RuleRow } from './types.js';

const LEVEL_TEXT: Record<CoverageLevel, string> = {
  prohibited: 'prohibited',
  specific: 'governed by binding, technology-specific rules',
  general: 'reached only by general-purpose binding law',
  soft: 'covered by soft law only',
  none: 'not covered by any rule in the graph',
};

const REASON_TEXT: Record<string, string> = {
  NOT_YET_IN_FORCE: 'not yet in force',
  REPEALED: 'repealed',
  PROVISION_NOT_YET_APPLICABLE: 'provision not yet applicable',
  PROVISION_NO_LONGER_APPLIES: 'provision no longer applies',
  NOT_YET_APPLICABLE_HERE: 'not yet applicable here',
  NO_LONGER_APPLICABLE_HERE: 'no longer applicable here',
  NOT_A_MEMBER_AT_DATE: 'not a member at the date',
  NOT_A_PARTY_AT_DATE: 'not a party at the date',
  EXTRATERRITORIAL_ONLY: 'reaches here only extraterritorially',
  OTHER_ACTIVITY: 'other activity',
  OTHER_ACTORS: 'other actors',
};

export const levelText = (level: CoverageLevel) => LEVEL_TEXT[level];

export function describeRoute(rule: RuleRow): string {
  const [first, ...rest] = rule.jpath;
  if (!first) return '';
  const hops = rest.slice(0, -1).map((s) => `${s.via === 'MEMBER_OF' ? 'a member of' : 'part of'} ${s.name}`);
  switch (rule.route) {
    case 'TERRITORIAL':
      return `it applies in ${first.name} itself`;
    case 'PARTY_TO':
      return `${hops.length ? `${first.name} is ${hops.join(', ')}, which is` : `${first.name} is`} party to it`;
    case 'EXTRATERRITORIAL':
      return 'it reaches actors here from abroad';
    default:
      return `${first.name} is ${hops.join(', ')}`;
  }
}

export function ruleLabel(rule: RuleRow): string {
  return `${rule.instrument.name}${rule.provision ? ` (${rule.provision})` : ''}`;
}

export function cellSummary(
  cell: CellRow,
  names: { jurisdiction: string; technology: string },
  activity: string,
  actor: string,
  asOf: string,
): string {
  const applying = cell.rules.filter((r) => r.reason === null);
  const who = actor === 'all' ? 'any actor' : actor.replace('_', ' ');
  let text = `On ${asOf}, ${activity.replace('_', ' ')} of ${names.technology} by ${who} in ${names.jurisdiction} is ${LEVEL_TEXT[cell.level]}.`;
  const decisive = applying.filter((r) => r.level === cell.level);
  if (decisive.length > 0) {
    const [top] = decisive;
    if (top) {
      const through = top.tpath.length > 1 ? `, which names ${top.tpath[top.tpath.length - 1]?.name}` : '';
      text += ` ${ruleLabel(top)} sets this level (${top.mode}): ${describeRoute(top)}${through}.`;
    }
    if (applying.length > 1)
      text += ` ${applying.length - 1} other rule${applying.length > 2 ? 's' : ''} also appl${applying.length > 2 ? 'y' : 'ies'}.`;
  }
  // Counted, not listed: a cell lists only the first few excluded rules of each reason.
  const excluded = [...cell.excludedCounts].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const total = excluded.reduce((sum, e) => sum + e.count, 0);
  if (total > 0) {
    text += ` ${total} rule${total > 1 ? 's were' : ' was'} considered and excluded (${excluded
      .map((e) => `${e.count} ${REASON_TEXT[e.reason] ?? e.reason}`)
      .join(', ')}).`;
  }
  return text;
}
