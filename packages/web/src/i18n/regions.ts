/** French names of the UN M49 regions and subregions the API returns (in English). */
import type { Lang } from './labels';

const FR: Readonly<Record<string, string>> = {
  Africa: 'Afrique',
  Americas: 'Amériques',
  Asia: 'Asie',
  Europe: 'Europe',
  Oceania: 'Océanie',
  'Australia and New Zealand': 'Australie et Nouvelle-Zélande',
  Caribbean: 'Caraïbes',
  'Central America': 'Amérique centrale',
  'Central Asia': 'Asie centrale',
  'Eastern Africa': 'Afrique de l’Est',
  'Eastern Asia': 'Asie de l’Est',
  'Eastern Europe': 'Europe de l’Est',
  Melanesia: 'Mélanésie',
  Micronesia: 'Micronésie',
  'Middle Africa': 'Afrique centrale',
  'Northern Africa': 'Afrique du Nord',
  'Northern America': 'Amérique du Nord',
  'Northern Europe': 'Europe du Nord',
  Polynesia: 'Polynésie',
  'South America': 'Amérique du Sud',
  'South-eastern Asia': 'Asie du Sud-Est',
  'Southern Africa': 'Afrique australe',
  'Southern Asia': 'Asie du Sud',
  'Southern Europe': 'Europe du Sud',
  'Western Africa': 'Afrique de l’Ouest',
  'Western Asia': 'Asie de l’Ouest',
  'Western Europe': 'Europe de l’Ouest',
};

export function regionName(name: string, lang: Lang): string {
  return lang === 'fr' ? (FR[name] ?? name) : name;
}
