/** The end of every entity page: its sources, then every relationship it has. */
import { SourceList } from '../../components/SourceList';
import { useI18n } from '../../i18n/i18n';
import { AllRelationships } from './AllRelationships';

export function EntityFooter({ id, sources }: { id: string; sources: Parameters<typeof SourceList>[0]['sources'] }) {
  const { t } = useI18n();
  return (
    <>
      <section>
        <h2>{t('sources.title')}</h2>
        <SourceList sources={sources} />
      </section>
      <AllRelationships id={id} />
    </>
  );
}
