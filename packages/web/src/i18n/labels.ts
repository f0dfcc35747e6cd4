/**
 * EN/FR names of the closed vocabularies the API returns. Coverage levels and node labels come from the
 * shared legend in @lacuna/model; the rest of the vocabularies are named here, once.
 */
import { COVERAGE_LEGEND, NODE_LEGEND, type CoverageLevel } from '@lacuna/model';
import type {
  Activity,
  ActorClass,
  ActorKind,
  ConflictKind,
  Confidence,
  DutyBearer,
  ExclusionReason,
  GapKind,
  InstrumentKind,
  InstrumentStatus,
  JurisdictionLevel,
  NodeLabel,
  RegulationMode,
  RelationshipType,
  Route,
} from '../generated/graphql';

export type Lang = 'en' | 'fr';
type Names<K extends string> = Readonly<Record<K, readonly [en: string, fr: string]>>;

export const ACTIVITY_NAMES: Names<Activity> = {
  use: ['Use', 'Utilisation'],
  sale: ['Sale', 'Vente'],
  export: ['Export', 'Exportation'],
  development: ['Development', 'Développement'],
  data_processing: ['Data processing', 'Traitement des données'],
};

export const ACTOR_CLASS_NAMES: Names<ActorClass> = {
  all: ['All actors', 'Tous les acteurs'],
  public: ['Public authorities', 'Autorités publiques'],
  law_enforcement: ['Law enforcement', 'Forces de l’ordre'],
  private: ['Private actors', 'Acteurs privés'],
};

export const MODE_NAMES: Names<RegulationMode> = {
  ban: ['Ban', 'Interdiction'],
  moratorium: ['Moratorium', 'Moratoire'],
  licence: ['Licence', 'Licence'],
  restriction: ['Restriction', 'Restriction'],
  export_control: ['Export control', 'Contrôle des exportations'],
  safeguards: ['Safeguards', 'Garanties'],
  transparency: ['Transparency', 'Transparence'],
  general: ['General law', 'Droit général'],
};

export const JURISDICTION_LEVEL_NAMES: Names<JurisdictionLevel> = {
  international: ['International', 'International'],
  supranational: ['Supranational', 'Supranational'],
  national: ['National', 'National'],
  subnational: ['Subnational', 'Infranational'],
  local: ['Local', 'Local'],
};

export const INSTRUMENT_KIND_NAMES: Names<InstrumentKind> = {
  constitution: ['Constitution', 'Constitution'],
  law: ['Law', 'Loi'],
  regulation: ['Regulation', 'Règlement'],
  directive: ['Directive', 'Directive'],
  decree: ['Decree', 'Décret'],
  executive_order: ['Executive order', 'Décret présidentiel'],
  ordinance: ['Ordinance', 'Ordonnance'],
  treaty: ['Treaty', 'Traité'],
  arrangement: ['Arrangement', 'Arrangement'],
  court_ruling: ['Court ruling', 'Décision de justice'],
  resolution: ['Resolution', 'Résolution'],
  declaration: ['Declaration', 'Déclaration'],
  code_of_conduct: ['Code of conduct', 'Code de conduite'],
  standard: ['Standard', 'Norme'],
  guidance: ['Guidance', 'Lignes directrices'],
  policy: ['Policy', 'Politique'],
};

export const INSTRUMENT_STATUS_NAMES: Names<InstrumentStatus> = {
  in_force: ['In force', 'En vigueur'],
  partially_in_force: ['Partially in force', 'Partiellement en vigueur'],
  adopted: ['Adopted', 'Adopté'],
  proposed: ['Proposed', 'Proposé'],
  repealed: ['Repealed', 'Abrogé'],
  superseded: ['Superseded', 'Remplacé'],
  struck_down: ['Struck down', 'Annulé'],
  expired: ['Expired', 'Expiré'],
};

export const ACTOR_KIND_NAMES: Names<ActorKind> = {
  state_agency: ['State agency', 'Organisme public'],
  private_security_company: ['Private security company', 'Entreprise de sécurité privée'],
  client_company: ['Client company', 'Entreprise cliente'],
  vendor: ['Vendor', 'Fournisseur'],
  intergovernmental_body: ['Intergovernmental body', 'Organisation intergouvernementale'],
  multistakeholder_initiative: ['Multistakeholder initiative', 'Initiative multipartite'],
  industry_association: ['Industry association', 'Association professionnelle'],
  ngo: ['NGO', 'ONG'],
  hrd_group: ['Human rights defenders group', 'Groupe de défenseurs des droits humains'],
  academic: ['Academic', 'Universitaire'],
};

export const DUTY_BEARER_NAMES: Names<DutyBearer> = {
  state: ['States', 'États'],
  business: ['Businesses', 'Entreprises'],
};

export const EXCLUSION_NAMES: Names<ExclusionReason> = {
  EXTRATERRITORIAL_ONLY: [
    'Reaches this place only extraterritorially, which does not count for this activity',
    'S’applique ici seulement de manière extraterritoriale, ce qui ne compte pas pour cette activité',
  ],
  NOT_A_MEMBER_AT_DATE: ['Not a member of the body at that date', 'Pas membre de l’organisation à cette date'],
  NOT_A_PARTY_AT_DATE: ['Not a party at that date', 'Pas partie à cette date'],
  NOT_YET_APPLICABLE_HERE: ['Not yet applicable here', 'Pas encore applicable ici'],
  NOT_YET_IN_FORCE: ['Not yet in force', 'Pas encore en vigueur'],
  NO_LONGER_APPLICABLE_HERE: ['No longer applicable here', 'Plus applicable ici'],
  OTHER_ACTIVITY: ['Covers other activities', 'Concerne d’autres activités'],
  OTHER_ACTORS: ['Covers other actors', 'Concerne d’autres acteurs'],
  PROVISION_NOT_YET_APPLICABLE: ['The provision does not apply yet', 'La disposition ne s’applique pas encore'],
  PROVISION_NO_LONGER_APPLIES: ['The provision no longer applies', 'La disposition ne s’applique plus'],
  REPEALED: ['Repealed', 'Abrogé'],
};

export const ROUTE_NAMES: Names<Route> = {
  TERRITORIAL: ['Applies here directly', 'S’applique directement ici'],
  PART_OF: [
    'Applies in a jurisdiction this one is part of',
    'S’applique dans une juridiction dont celle-ci fait partie',
  ],
  MEMBER_OF: ['Applies in a body this one is a member of', 'S’applique dans une organisation dont celle-ci est membre'],
  PARTY_TO: ['This jurisdiction is party to it', 'Cette juridiction y est partie'],
  EXTRATERRITORIAL: ['Reaches actors here from abroad', 'Atteint depuis l’étranger les acteurs d’ici'],
};

export const GAP_KIND_NAMES: Names<GapKind> = {
  COVERAGE: ['Coverage gap', 'Lacune de couverture'],
  DEPLOYMENT: ['Deployment gap', 'Lacune de déploiement'],
  EXPORT: ['Export gap', 'Lacune d’exportation'],
  OBLIGATION: ['Obligation gap', 'Lacune d’obligation'],
};

export const CONFLICT_KIND_NAMES: Names<ConflictKind> = {
  DIFFERENT_MODES: ['Regulated differently', 'Réglementé différemment'],
  PROHIBITED_VS_ALLOWED: ['Prohibited in one place, allowed in another', 'Interdit ici, autorisé ailleurs'],
};

export const RELATIONSHIP_NAMES: Names<RelationshipType> = {
  AMENDS: ['amends', 'modifie'],
  ANNULS: ['annuls', 'annule'],
  APPLIES_IN: ['applies in', 's’applique en'],
  BY: ['by', 'par'],
  CLIENT_OF: ['client of', 'client de'],
  CONCERNS: ['concerns', 'concerne'],
  DERIVED_FROM: ['derived from', 'découle de'],
  FOR: ['for', 'pour'],
  HEADQUARTERED_IN: ['headquartered in', 'siège en'],
  IMPLEMENTS: ['implements', 'met en œuvre'],
  IN: ['in', 'en'],
  MEMBER_OF: ['member of', 'membre de'],
  OF: ['of', 'de'],
  OPERATES_IN: ['operates in', 'opère en'],
  PARTY_TO: ['party to', 'partie à'],
  PART_OF: ['part of', 'fait partie de'],
  PROTECTS: ['protects', 'protège'],
  REGULATES: ['regulates', 'réglemente'],
  SIGNATORY_OF: ['signatory of', 'signataire de'],
  SUBTYPE_OF: ['subtype of', 'sous-type de'],
  SUPERSEDES: ['supersedes', 'remplace'],
  SUPPLIES: ['supplies', 'fournit'],
  THREATENS: ['threatens', 'menace'],
  TRANSLATION_OF: ['translation of', 'traduction de'],
};

export const CONFIDENCE_NAMES: Names<Confidence> = {
  high: ['high confidence', 'confiance élevée'],
  medium: ['medium confidence', 'confiance moyenne'],
  low: ['low confidence', 'confiance faible'],
};

export const FACTOR_NAMES: Names<'risk' | 'evidence' | 'governance' | 'vulnerability' | 'absence'> = {
  risk: ['Technology risk', 'Risque de la technologie'],
  evidence: ['Deployment evidence', 'Preuves de déploiement'],
  governance: ['Weak governance', 'Faiblesse de la gouvernance'],
  vulnerability: ['Vulnerable groups', 'Vulnérabilité des groupes'],
  absence: ['Absence of coverage', 'Absence de couverture'],
};

export function pick(names: readonly [string, string] | undefined, lang: Lang, fallback: string): string {
  if (!names) return fallback;
  return lang === 'fr' ? names[1] : names[0];
}

export function levelName(level: CoverageLevel, lang: Lang): string {
  const entry = COVERAGE_LEGEND[level];
  return lang === 'fr' ? entry.fr : entry.en;
}

export function nodeLabelName(label: NodeLabel, lang: Lang): string {
  const entry = NODE_LEGEND.find((e) => e.key === label);
  if (!entry) return label;
  return lang === 'fr' ? entry.fr : entry.en;
}
