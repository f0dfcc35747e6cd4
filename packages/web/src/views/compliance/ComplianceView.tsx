/**
 * Compliance check: build a footprint (places × technologies × activities), run the check, read which
 * rules apply per item, where they conflict, the strictest common requirement and what only soft law
 * covers; print or export it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useCatalogue } from '../../api/useCatalogue';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useI18n } from '../../i18n/i18n';
import { asOfFromYear, useUrlState } from '../../routing/useUrlState';
import { TimeSlider } from '../atlas/TimeSlider';
import { COMPLIANCE_DEFAULTS } from './complianceState';
import { ComplianceReport } from './ComplianceReport';
import { decodeFootprint, encodeFootprint, type FootprintItem } from './footprint';
import { FootprintBuilder } from './FootprintBuilder';

export function ComplianceView() {
  const { t } = useI18n();
  const [state, set] = useUrlState(COMPLIANCE_DEFAULTS);
  const checked = useMemo(() => decodeFootprint(state.fp), [state.fp]);
  const [draft, setDraft] = useState<FootprintItem[]>(checked);
  // Back/forward to another checked footprint brings the builder along.
  useEffect(() => setDraft(checked), [checked]);
  const catalogue = useCatalogue();
  const stale = encodeFootprint(draft) !== state.fp;
  return (
    <div className="view view-compliance">
      <div className="view-main">
        <h1>{t('compliance.title')}</h1>
        <p className="lead">{t('compliance.lead')}</p>
        <FootprintBuilder
          draft={draft}
          setDraft={setDraft}
          onRun={(items) => set({ fp: encodeFootprint(items) })}
          catalogue={catalogue}
          stale={stale && checked.length > 0}
        />
        <div className="controls">
          <TimeSlider year={state.year} onChange={(year) => set({ year }, { replace: true })} />
        </div>
        <ErrorBoundary resetKey={state.fp + state.year}>
          {checked.length > 0 ? (
            <ComplianceReport items={checked} asOf={asOfFromYear(state.year)} year={state.year} />
          ) : (
            <p className="hint">{t('compliance.hint')}</p>
          )}
        </ErrorBoundary>
      </div>
    </div>
  );
}
