/** The cross-border compliance report for a footprint, with export; also used by the print view. */
import { Link } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { downloadFile } from '../../components/download';
import { QueryStateView } from '../../components/QueryStateView';
import { ComplianceCheckDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { viewHref } from '../../routing/paths';
import { encodeFootprint, type FootprintItem } from './footprint';
import { reportCsv, reportJson } from './reportExport';
import { ReportConflicts, ReportStrictest } from './ReportCrossBorder';
import { ReportItems } from './ReportItems';
import { ReportSoftOnly, ReportSummary } from './ReportSummary';

interface Props {
  items: readonly FootprintItem[];
  asOf?: string;
  year: string;
  print?: boolean;
}

export function ComplianceReport({ items, asOf, year, print = false }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const query = useQuery(ComplianceCheckDocument, {
    footprint: items.map((i) => ({ ...i })),
    asOf,
  });
  return (
    <QueryStateView query={query} loading={t('compliance.running')}>
      {({ complianceCheck: report }) => (
        <article className="report" aria-label={t('compliance.report')}>
          <p className="muted">{t('compliance.asOf', { date: i18n.date(report.asOf) })}</p>
          {!print && (
            <div className="toolbar no-print">
              <button
                type="button"
                onClick={() => downloadFile('lacuna-compliance.csv', reportCsv(report), 'text/csv')}
              >
                {t('export.csv')}
              </button>
              <button
                type="button"
                onClick={() => downloadFile('lacuna-compliance.json', reportJson(report, items), 'application/json')}
              >
                {t('export.json')}
              </button>
              <Link to={viewHref(lang, 'compliance/print', { fp: encodeFootprint(items), year })}>
                {t('compliance.printView')}
              </Link>
            </div>
          )}
          <ReportSummary report={report} />
          <ReportStrictest report={report} />
          <ReportConflicts report={report} />
          <ReportSoftOnly report={report} />
          <ReportItems report={report} open={print} />
        </article>
      )}
    </QueryStateView>
  );
}
