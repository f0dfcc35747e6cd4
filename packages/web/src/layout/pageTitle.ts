/** The browser tab's title for a path: the view's name, or the entity kind and id. */
import type { I18n, MessageKey } from '../i18n/i18n';

const VIEW_TITLES: Record<string, MessageKey> = {
  atlas: 'atlas.title',
  matrix: 'matrix.title',
  gaps: 'gaps.title',
  compliance: 'compliance.title',
  graph: 'graph.title',
};

export function pageTitle(pathname: string, t: I18n['t']): string {
  const [, , view = 'atlas', id] = pathname.split('/');
  const key = VIEW_TITLES[view];
  if (key) return t(key);
  return id ? decodeURIComponent(id) : t('notFound.title');
}
