/** The interface language: messages, entity names (nameFr where one exists), dates and numbers. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Lang } from './labels';

export type { Lang } from './labels';
export type { MessageKey } from './en';

export const LANGS: readonly Lang[] = ['en', 'fr'];

export function isLang(value: string | undefined): value is Lang {
  return value === 'en' || value === 'fr';
}

export interface Named {
  name: string;
  nameFr?: string | null;
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;
  /** An entity's name in the interface language, falling back to English. */
  name: (entity: Named) => string;
  date: (iso: string | null | undefined) => string;
  number: (value: number, fractionDigits?: number) => string;
}

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fr };

export function makeI18n(lang: Lang): I18n {
  const messages = MESSAGES[lang];
  const dates = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    lang,
    t: (key, vars) => {
      const text = messages[key];
      if (!vars) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
    },
    name: (entity) => (lang === 'fr' && entity.nameFr ? entity.nameFr : entity.name),
    date: (iso) => {
      if (!iso) return '—';
      const parsed = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(parsed.getTime()) ? iso : dates.format(parsed);
    },
    number: (value, fractionDigits = 0) =>
      value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => makeI18n(lang), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
