import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { ObligationPageDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { ACTIVITY_NAMES, DUTY_BEARER_NAMES, MODE_NAMES, pick } from '../../i18n/labels';
import { EntityFooter } from './EntityFooter';
import { EntityHeader } from './EntityHeader';
import { entityRefs, Facts } from './Facts';

export function ObligationPage({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useQuery(ObligationPageDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.obligation} empty={t('entity.notFound', { id })}>
      {({ obligation: x }) => {
        if (!x) return null;
        const text = lang === 'fr' ? (x.textFr ?? x.text) : x.text;
        return (
          <article className="entity-page">
            <EntityHeader entity={x} label="Obligation" />
            {text && (
              <blockquote className="lead" lang={lang === 'fr' && x.textFr ? 'fr' : 'en'}>
                {text}
              </blockquote>
            )}
            <Facts
              rows={[
                [t('entity.dutyBearer'), pick(DUTY_BEARER_NAMES[x.dutyBearer], lang, x.dutyBearer)],
                [t('entity.requiredMode'), x.requiredMode && pick(MODE_NAMES[x.requiredMode], lang, x.requiredMode)],
                [t('rule.activities'), x.activities?.map((a) => pick(ACTIVITY_NAMES[a], lang, a)).join(', ')],
                [t('entity.derivedFrom'), entityRefs(x.derivedFrom)],
                [t('entity.concerns'), entityRefs(x.concerns)],
              ]}
            />
            <EntityFooter id={x.id} sources={x.sources} />
          </article>
        );
      }}
    </QueryStateView>
  );
}
