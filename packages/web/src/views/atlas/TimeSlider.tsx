/** The date of the map as a year slider; its right end is today. */
import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

export const FIRST_YEAR = 1990;
export const THIS_YEAR = new Date().getUTCFullYear();

interface Props {
  /** A year, or '' for today. */
  year: string;
  onChange: (year: string) => void;
}

export function TimeSlider({ year, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const current = /^\d{4}$/.test(year) ? Number(year) : THIS_YEAR;
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
  const text = value >= THIS_YEAR ? t('time.today') : String(value);
  const commit = (next: number) => onChange(next >= THIS_YEAR ? '' : String(next));
  return (
    <div className="field time-slider">
      <label htmlFor={id}>{t('common.labelValue', { label: t('time.label'), value: text })}</label>
      <input
        id={id}
        type="range"
        min={FIRST_YEAR}
        max={THIS_YEAR}
        step={1}
        value={value}
        aria-valuetext={text}
        onChange={(e) => {
          const next = Number(e.target.value);
          setValue(next);
          commit(next);
        }}
      />
    </div>
  );
}
