/** A one-sentence explanation of a coverage answer, composed in the interface language. */
import type { CoverageExplained } from './types';
import type { I18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, MODE_NAMES, levelName, pick } from '../../i18n/labels';

export function coverageSentence(coverage: CoverageExplained, i18n: I18n): string {
  const { t, lang } = i18n;
  const strongest = coverage.applicable[0];
  const base = {
    jurisdiction: i18n.name(coverage.jurisdiction),
    technology: i18n.name(coverage.technology),
    activity: pick(ACTIVITY_NAMES[coverage.activity], lang, coverage.activity).toLowerCase(),
    level: levelName(coverage.level, lang).toLowerCase(),
    date: i18n.date(coverage.asOf),
  };
  if (!strongest) return t('explain.noRule', base);
  return t('explain.sentence', {
    ...base,
    count: coverage.applicable.length,
    mode: pick(MODE_NAMES[strongest.mode], lang, strongest.mode).toLowerCase(),
    instrument: i18n.name(strongest.instrument),
  });
}
