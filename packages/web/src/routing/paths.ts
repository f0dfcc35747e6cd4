/** URLs of the views and entity pages. The language is the first path segment: /en/atlas, /fr/gaps. */
import type { NodeLabel } from '../generated/graphql';
import type { Lang } from '../i18n/labels';

export const VIEWS = ['atlas', 'matrix', 'gaps', 'compliance', 'graph'] as const;
export type ViewName = (typeof VIEWS)[number];

export type Params = Readonly<Record<string, string | undefined>>;

function query(params: Params | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function viewHref(lang: Lang, view: ViewName | 'compliance/print', params?: Params): string {
  return `/${lang}/${view}${query(params)}`;
}

/** Entity pages are keyed by label in lower case: /en/instrument/eu-gdpr. */
export const ENTITY_KINDS: Readonly<Record<string, NodeLabel>> = {
  jurisdiction: 'Jurisdiction',
  instrument: 'Instrument',
  technology: 'Technology',
  actor: 'Actor',
  right: 'Right',
  obligation: 'Obligation',
  deployment: 'Deployment',
  source: 'Source',
};

export function entityHref(lang: Lang, entity: { id: string; label?: NodeLabel | null }): string {
  const kind = entity.label ? entity.label.toLowerCase() : 'entity';
  return `/${lang}/${kind}/${encodeURIComponent(entity.id)}`;
}

/** The same location in the other language. */
export function switchLangPath(pathname: string, search: string, lang: Lang): string {
  const rest = pathname.replace(/^\/(en|fr)(?=\/|$)/, '');
  return `/${lang}${rest || '/atlas'}${search}`;
}
