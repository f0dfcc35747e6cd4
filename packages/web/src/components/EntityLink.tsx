/** A link to an entity's page, named in the interface language. */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { NodeLabel } from '../generated/graphql';
import { useI18n } from '../i18n/i18n';
import { entityHref } from '../routing/paths';

export interface EntityLike {
  id: string;
  name: string;
  nameFr?: string | null;
  label?: NodeLabel | null;
}

export function EntityLink({ entity, children }: { entity: EntityLike; children?: ReactNode }) {
  const i18n = useI18n();
  return <Link to={entityHref(i18n.lang, entity)}>{children ?? i18n.name(entity)}</Link>;
}
