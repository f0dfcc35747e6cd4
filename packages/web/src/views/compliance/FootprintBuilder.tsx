/** Builds the footprint to check: add and remove lines, save and load footprints, run the check. */
import type { useCatalogue } from '../../api/useCatalogue';
import { useI18n } from '../../i18n/i18n';
import { AddItemForm } from './AddItemForm';
import { dedupe, itemKey, type FootprintItem } from './footprint';
import { FootprintItems } from './FootprintItems';
import { SavedFootprints } from './SavedFootprints';

interface Props {
  draft: readonly FootprintItem[];
  setDraft: (items: FootprintItem[]) => void;
  onRun: (items: readonly FootprintItem[]) => void;
  catalogue: ReturnType<typeof useCatalogue>;
  stale: boolean;
}

export function FootprintBuilder({ draft, setDraft, onRun, catalogue, stale }: Props) {
  const { t } = useI18n();
  return (
    <section className="panel footprint" aria-labelledby="footprint-title">
      <h2 id="footprint-title">{t('compliance.footprint')}</h2>
      <p className="muted small">{t('compliance.footprintHelp')}</p>
      <AddItemForm catalogue={catalogue} onAdd={(item) => setDraft(dedupe([...draft, item]))} />
      <FootprintItems
        items={draft}
        catalogue={catalogue}
        onRemove={(item) => setDraft(draft.filter((i) => itemKey(i) !== itemKey(item)))}
      />
      <div className="toolbar">
        <button type="button" className="primary" disabled={draft.length === 0} onClick={() => onRun(draft)}>
          {t('compliance.run')}
        </button>
        {draft.length > 0 && (
          <button type="button" onClick={() => setDraft([])}>
            {t('compliance.clear')}
          </button>
        )}
        {stale && <span className="muted small">{t('compliance.stale')}</span>}
      </div>
      <SavedFootprints
        items={draft}
        onLoad={(saved) => {
          setDraft(saved.items);
          onRun(saved.items);
        }}
      />
    </section>
  );
}
