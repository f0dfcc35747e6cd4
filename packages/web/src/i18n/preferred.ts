/** The language to open in when the URL does not say: the last one chosen, else the browser's. */
import type { Lang } from './labels';

const KEY = 'lacuna.lang';

export function preferredLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'fr') return saved;
  } catch {
    /* storage can be unavailable (private mode); fall through */
  }
  return navigator.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    /* not remembered; the URL still carries the language */
  }
}
