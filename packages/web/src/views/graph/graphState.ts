/** The Graph explorer's state in the URL. */
export const GRAPH_DEFAULTS = {
  /** The entity the exploration started from. */
  focus: '',
  /** Entities whose neighbours are shown, in the order they were expanded. */
  open: '',
  /** Node labels hidden by the type filter. */
  hide: '',
  /** The selected node. */
  sel: '',
  /** An explanation path to draw: `<jurisdiction>~<technology>~<activity>[~<actor class>]`. */
  path: '',
} as const;

export type GraphKey = keyof typeof GRAPH_DEFAULTS;

export function parsePath(path: string) {
  const [jurisdiction, technology, activity, actor = 'all'] = path.split('~');
  return jurisdiction && technology && activity ? { jurisdiction, technology, activity, actor } : null;
}

export const pathParam = (jurisdiction: string, technology: string, activity: string, actor: string) =>
  [jurisdiction, technology, activity, actor].join('~');
