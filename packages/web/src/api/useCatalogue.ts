/** Names of jurisdictions and technologies by id, for labels of ids kept in the URL or in storage. */
import { useMemo } from 'react';
import { JurisdictionsDocument, TechnologiesDocument } from '../generated/graphql';
import type { Named } from '../i18n/i18n';
import { useQuery } from './useQuery';

const PLACES = { filter: { levels: ['national' as const, 'subnational' as const, 'supranational' as const] } };

export function useCatalogue() {
  const places = useQuery(JurisdictionsDocument, PLACES);
  const techs = useQuery(TechnologiesDocument, {});
  const jurisdictions = places.state.status === 'ok' ? places.state.data.jurisdictions : null;
  const technologies = techs.state.status === 'ok' ? techs.state.data.technologies : null;
  return useMemo(
    () => ({
      jurisdictions: jurisdictions ?? [],
      technologies: technologies ?? [],
      jurisdiction: new Map<string, Named>((jurisdictions ?? []).map((j) => [j.id, j])),
      technology: new Map<string, Named>((technologies ?? []).map((t) => [t.id, t])),
      ready: jurisdictions !== null && technologies !== null,
    }),
    [jurisdictions, technologies],
  );
}
