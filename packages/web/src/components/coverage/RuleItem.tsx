/** A rule considered for a coverage cell: the instrument, what it does, how it reaches here, and why not. */
import type { RuleFieldsFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import {
  ACTIVITY_NAMES,
  EXCLUSION_NAMES,
  INSTRUMENT_KIND_NAMES,
  MODE_NAMES,
  ROUTE_NAMES,
  pick,
} from '../../i18n/labels';
import { EntityLink } from '../EntityLink';
import { LevelBadge } from '../LevelBadge';
import { PathChain } from './PathChain';

export function BindingTag({ binding }: { binding: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`tag ${binding ? 'tag-binding' : 'tag-soft'}`}>{t(binding ? 'rule.binding' : 'rule.soft')}</span>
  );
}

export function RuleItem({ rule }: { rule: RuleFieldsFragment }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { instrument } = rule;
  return (
    <li className="rule">
      <div className="rule-head">
        <EntityLink entity={{ ...instrument, label: 'Instrument' }} />
        <BindingTag binding={instrument.binding} />
        <span className="muted small">{pick(INSTRUMENT_KIND_NAMES[instrument.kind], lang, instrument.kind)}</span>
      </div>
      <dl className="facts compact">
        <dt>{t('rule.mode')}</dt>
        <dd>
          {pick(MODE_NAMES[rule.mode], lang, rule.mode)} — <LevelBadge level={rule.level} />
        </dd>
        {rule.provision && (
          <>
            <dt>{t('rule.provision')}</dt>
            <dd>{rule.provision}</dd>
          </>
        )}
        {rule.condition && (
          <>
            <dt>{t('rule.condition')}</dt>
            <dd lang="en">{rule.condition}</dd>
          </>
        )}
        <dt>{t('rule.activities')}</dt>
        <dd>{rule.activities.map((a) => pick(ACTIVITY_NAMES[a], lang, a)).join(', ')}</dd>
        <dt>{t('rule.route')}</dt>
        <dd>{pick(ROUTE_NAMES[rule.route], lang, rule.route)}</dd>
        {rule.excludedBecause && (
          <>
            <dt>{t('rule.excludedBecause')}</dt>
            <dd>{pick(EXCLUSION_NAMES[rule.excludedBecause], lang, rule.excludedBecause)}</dd>
          </>
        )}
        {(instrument.inForce || instrument.repealed) && (
          <>
            <dt>{t('rule.dates')}</dt>
            <dd>
              {instrument.inForce && t('rule.inForce', { date: i18n.date(instrument.inForce) })}
              {instrument.repealed && ` · ${t('rule.repealed', { date: i18n.date(instrument.repealed) })}`}
            </dd>
          </>
        )}
      </dl>
      <PathChain steps={rule.jurisdictionPath} label={t('rule.jurisdictionPath')} />
      <PathChain steps={rule.technologyPath} label={t('rule.technologyPath')} />
    </li>
  );
}
