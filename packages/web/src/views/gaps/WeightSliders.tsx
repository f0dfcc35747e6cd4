/**
 * One slider per priority factor (0 = ignored … 5). Changes reach the URL after a short pause so that
 * dragging does not flood the history, and the list re-ranks.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FACTOR_NAMES, pick } from '../../i18n/labels';
import { WEIGHT_NAMES, type WeightName, type Weights } from './gapsState';

interface Props {
  /** The weights in effect (after the API's defaults). */
  effective: Readonly<Record<WeightName, number>> | null;
  onChange: (weights: Weights) => void;
  onReset: () => void;
}

export function WeightSliders({ effective, onChange, onReset }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const id = useId();
  const [local, setLocal] = useState<Weights>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => setLocal({}), [effective]);
  const value = (name: WeightName) => local[name] ?? effective?.[name] ?? 1;
  const change = (name: WeightName, next: number) => {
    const weights = { ...Object.fromEntries(WEIGHT_NAMES.map((n) => [n, value(n)])), [name]: next } as Weights;
    setLocal(weights);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(weights), 250);
  };
  return (
    <fieldset className="weights">
      <legend>{t('gaps.weights')}</legend>
      <p className="muted small">{t('gaps.weightsHelp')}</p>
      {WEIGHT_NAMES.map((name) => (
        <div className="field slider" key={name}>
          <label htmlFor={`${id}-${name}`}>
            {t('common.labelValue', {
              label: pick(FACTOR_NAMES[name], lang, name),
              value: i18n.number(value(name), 1),
            })}
          </label>
          <input
            id={`${id}-${name}`}
            type="range"
            min={0}
            max={5}
            step={0.5}
            value={value(name)}
            disabled={!effective}
            onChange={(e) => change(name, Number(e.target.value))}
          />
        </div>
      ))}
      <button type="button" onClick={onReset}>
        {t('gaps.resetWeights')}
      </button>
    </fieldset>
  );
}
