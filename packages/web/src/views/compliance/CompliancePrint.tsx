/** The compliance report laid out for paper: everything expanded, no controls; prints cleanly to PDF. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { useI18n } from '../../i18n/i18n';
import { viewHref } from '../../routing/paths';
import { asOfFromYear, useUrlState } from '../../routing/useUrlState';
import { COMPLIANCE_DEFAULTS } from './complianceState';
import { ComplianceReport } from './ComplianceReport';
import { decodeFootprint } from './footprint';

export function CompliancePrint() {
  const { t, lang } = useI18n();
  const [state] = useUrlState(COMPLIANCE_DEFAULTS);
  const items = useMemo(() => decodeFootprint(state.fp), [state.fp]);
  return (
    <div className="print-page">
      <div className="toolbar no-print">
        <Link to={viewHref(lang, 'compliance', { fp: state.fp, year: state.year })}>
          {t('compliance.backToBuilder')}
        </Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('compliance.print')}
        </button>
      </div>
      <h1>{t('compliance.printTitle')}</h1>
      <ErrorBoundary resetKey={state.fp}>
        {items.length > 0 ? (
          <ComplianceReport items={items} asOf={asOfFromYear(state.year)} year={state.year} print />
        ) : (
          <p className="hint">{t('compliance.hint')}</p>
        )}
      </ErrorBoundary>
    </div>
  );
}
