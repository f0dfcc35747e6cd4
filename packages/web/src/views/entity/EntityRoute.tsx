/**
 * /:lang/:kind/:id — an entity page, deep-linkable. `/entity/<id>` looks the label up and redirects to
 * the page for that label.
 */
import { Navigate, useParams } from 'react-router';
import { useQuery } from '../../api/useQuery';
import { QueryStateView } from '../../components/QueryStateView';
import { EntityHeadDocument } from '../../generated/graphql';
import { useI18n } from '../../i18n/i18n';
import { NotFound } from '../../layout/NotFound';
import { ENTITY_KINDS, entityHref } from '../../routing/paths';
import { ActorPage } from './ActorPage';
import { InstrumentPage } from './InstrumentPage';
import { JurisdictionPage } from './JurisdictionPage';
import { ObligationPage } from './ObligationPage';
import { GenericPage, RightPage, SourcePage } from './SmallPages';
import { TechnologyPage } from './TechnologyPage';

const PAGES = {
  Jurisdiction: JurisdictionPage,
  Instrument: InstrumentPage,
  Technology: TechnologyPage,
  Actor: ActorPage,
  Obligation: ObligationPage,
  Right: RightPage,
  Source: SourcePage,
  Deployment: GenericPage,
} as const;

function LookUp({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const query = useQuery(EntityHeadDocument, { id });
  return (
    <QueryStateView query={query} isEmpty={(d) => !d.entity} empty={t('entity.notFound', { id })}>
      {({ entity }) => entity && <Navigate to={entityHref(lang, entity)} replace />}
    </QueryStateView>
  );
}

export function EntityRoute() {
  const { kind = '', id = '' } = useParams();
  if (kind === 'entity')
    return (
      <div className="view view-entity">
        <LookUp id={id} />
      </div>
    );
  const label = ENTITY_KINDS[kind];
  if (!label) return <NotFound />;
  const Page = PAGES[label];
  return (
    <div className="view view-entity">
      <Page key={id} id={id} />
    </div>
  );
}
