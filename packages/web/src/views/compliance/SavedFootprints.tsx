/** Footprints saved by name in this browser: save the current one, load or delete a saved one. */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { deleteFootprint, loadSaved, saveFootprint, type FootprintItem, type SavedFootprint } from './footprint';

interface Props {
  items: readonly FootprintItem[];
  onLoad: (saved: SavedFootprint) => void;
}

export function SavedFootprints({ items, onLoad }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [saved, setSaved] = useState<SavedFootprint[]>(() => loadSaved());
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const save = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || items.length === 0) return;
    try {
      setSaved(saveFootprint(trimmed, items));
      setMessage(t('compliance.saved', { name: trimmed }));
    } catch {
      setMessage(t('compliance.saveFailed'));
    }
  };
  return (
    <section className="saved-footprints" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('compliance.savedTitle')}</h3>
      <form onSubmit={save} className="inline-form">
        <label htmlFor={`${id}-name`}>{t('compliance.saveAs')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        <button type="submit" disabled={!name.trim() || items.length === 0}>
          {t('compliance.save')}
        </button>
      </form>
      <p role="status" className="muted small">
        {message}
      </p>
      {saved.length === 0 ? (
        <p className="muted small">{t('compliance.noneSaved')}</p>
      ) : (
        <ul className="saved-list">
          {saved.map((entry) => (
            <li key={entry.name}>
              <span>
                {entry.name}{' '}
                <span className="muted small">({t('compliance.itemCount', { count: entry.items.length })})</span>
              </span>
              <button type="button" onClick={() => onLoad(entry)}>
                {t('compliance.load')}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => setSaved(deleteFootprint(entry.name))}
                aria-label={t('compliance.deleteSaved', { name: entry.name })}
              >
                {t('compliance.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
