/** Shows or hides nodes by type; each type with its legend symbol and how many are in view. */
import { NODE_LEGEND } from '@lacuna/model';
import type { NodeLabel } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { LabelSymbol } from './LabelSymbol';

interface Props {
  counts: ReadonlyMap<NodeLabel, number>;
  hidden: ReadonlySet<string>;
  onToggle: (label: string) => void;
}

export function TypeFilter({ counts, hidden, onToggle }: Props) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="type-filter">
      <legend>{t('graph.types')}</legend>
      {NODE_LEGEND.map((entry) => (
        <label key={entry.key}>
          <input type="checkbox" checked={!hidden.has(entry.key)} onChange={() => onToggle(entry.key)} />{' '}
          <LabelSymbol label={entry.key} /> {lang === 'fr' ? entry.fr : entry.en}{' '}
          <span className="muted small">({counts.get(entry.key as NodeLabel) ?? 0})</span>
        </label>
      ))}
    </fieldset>
  );
}
