/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Defined in packages/model (the ontology). */
export type Activity = 'data_processing' | 'development' | 'export' | 'sale' | 'use';

/** Defined in packages/model (the ontology). */
export type ActorClass = 'all' | 'law_enforcement' | 'private' | 'public';

/** Defined in packages/model (the ontology). */
export type ActorKind =
  | 'academic'
  | 'client_company'
  | 'hrd_group'
  | 'industry_association'
  | 'intergovernmental_body'
  | 'multistakeholder_initiative'
  | 'ngo'
  | 'private_security_company'
  | 'state_agency'
  | 'vendor';

/** Defined in packages/model (the ontology). */
export type ApplicationScope = 'extraterritorial' | 'territorial';

/** Defined in packages/model (the ontology). */
export type Confidence = 'high' | 'low' | 'medium';

export type ConflictKind =
  /** Regulated by different modes in different places. */
  | 'DIFFERENT_MODES'
  /** Prohibited in one place, allowed (with or without rules) in another. */
  | 'PROHIBITED_VS_ALLOWED';

/** Defined in packages/model (the ontology). */
export type CoverageLevel = 'general' | 'none' | 'prohibited' | 'soft' | 'specific';

export type Direction = 'IN' | 'OUT';

/** Defined in packages/model (the ontology). */
export type DutyBearer = 'business' | 'state';

/** Why a rule that could apply was left out. */
export type ExclusionReason =
  | 'EXTRATERRITORIAL_ONLY'
  | 'NOT_A_MEMBER_AT_DATE'
  | 'NOT_A_PARTY_AT_DATE'
  | 'NOT_YET_APPLICABLE_HERE'
  | 'NOT_YET_IN_FORCE'
  | 'NO_LONGER_APPLICABLE_HERE'
  | 'OTHER_ACTIVITY'
  | 'OTHER_ACTORS'
  | 'PROVISION_NOT_YET_APPLICABLE'
  | 'PROVISION_NO_LONGER_APPLIES'
  | 'REPEALED';

export type FootprintItemInput = {
  activity: Activity;
  actor?: ActorClass | null | undefined;
  jurisdiction: string;
  technology: string;
};

export type GapFilter = {
  activity?: Activity | null | undefined;
  actor?: ActorClass | null | undefined;
  asOf?: string | null | undefined;
  jurisdictions?: Array<string> | null | undefined;
  kinds?: Array<GapKind> | null | undefined;
  levels?: Array<JurisdictionLevel> | null | undefined;
  /** Only gaps whose technology has at least this risk level. */
  minRisk?: number | null | undefined;
  region?: string | null | undefined;
  technologies?: Array<string> | null | undefined;
  technologyFamily?: string | null | undefined;
};

export type GapKind =
  /** The cell is soft or none (no deployment documented). */
  | 'COVERAGE'
  /** The technology is deployed here and the cell is soft or none. */
  | 'DEPLOYMENT'
  /** A vendor here supplies it abroad without export control. */
  | 'EXPORT'
  /** An obligation that applies here asks for more than the law gives. */
  | 'OBLIGATION';

/** Weights of the priority factors, each from 0 (ignored) to 5. Omitted weights take their defaults. */
export type GapWeightsInput = {
  absence?: number | null | undefined;
  evidence?: number | null | undefined;
  governance?: number | null | undefined;
  risk?: number | null | undefined;
  vulnerability?: number | null | undefined;
};

/** Defined in packages/model (the ontology). */
export type InstrumentKind =
  | 'arrangement'
  | 'code_of_conduct'
  | 'constitution'
  | 'court_ruling'
  | 'declaration'
  | 'decree'
  | 'directive'
  | 'executive_order'
  | 'guidance'
  | 'law'
  | 'ordinance'
  | 'policy'
  | 'regulation'
  | 'resolution'
  | 'standard'
  | 'treaty';

/** Defined in packages/model (the ontology). */
export type InstrumentStatus =
  'adopted' | 'expired' | 'in_force' | 'partially_in_force' | 'proposed' | 'repealed' | 'struck_down' | 'superseded';

export type JurisdictionFilter = {
  ids?: Array<string> | null | undefined;
  levels?: Array<JurisdictionLevel> | null | undefined;
  /** Jurisdictions that are part of this one. */
  partOf?: string | null | undefined;
  region?: string | null | undefined;
  subregion?: string | null | undefined;
};

/** Defined in packages/model (the ontology). */
export type JurisdictionLevel = 'international' | 'local' | 'national' | 'subnational' | 'supranational';

/** Defined in packages/model (the ontology). */
export type Language =
  | 'ar'
  | 'cs'
  | 'da'
  | 'de'
  | 'el'
  | 'en'
  | 'es'
  | 'fi'
  | 'fr'
  | 'he'
  | 'hu'
  | 'id'
  | 'it'
  | 'ja'
  | 'ko'
  | 'nl'
  | 'no'
  | 'other'
  | 'pl'
  | 'pt'
  | 'ro'
  | 'ru'
  | 'sv'
  | 'th'
  | 'tr'
  | 'vi'
  | 'zh';

/** Defined in packages/model (the ontology). */
export type NodeLabel =
  'Actor' | 'Deployment' | 'Instrument' | 'Jurisdiction' | 'Obligation' | 'Right' | 'Source' | 'Technology';

/** Defined in packages/model (the ontology). */
export type RegulationMode =
  'ban' | 'export_control' | 'general' | 'licence' | 'moratorium' | 'restriction' | 'safeguards' | 'transparency';

/** Defined in packages/model (the ontology). */
export type RelationshipType =
  | 'AMENDS'
  | 'ANNULS'
  | 'APPLIES_IN'
  | 'BY'
  | 'CLIENT_OF'
  | 'CONCERNS'
  | 'DERIVED_FROM'
  | 'FOR'
  | 'HEADQUARTERED_IN'
  | 'IMPLEMENTS'
  | 'IN'
  | 'MEMBER_OF'
  | 'OF'
  | 'OPERATES_IN'
  | 'PARTY_TO'
  | 'PART_OF'
  | 'PROTECTS'
  | 'REGULATES'
  | 'SIGNATORY_OF'
  | 'SUBTYPE_OF'
  | 'SUPERSEDES'
  | 'SUPPLIES'
  | 'THREATENS'
  | 'TRANSLATION_OF';

/** How an instrument reaches a jurisdiction. */
export type Route =
  /** It reaches actors here from abroad; listed in explanations, but it does not set the level here. */
  | 'EXTRATERRITORIAL'
  /** It applies in a body this one (or a parent) is a member of at the date. */
  | 'MEMBER_OF'
  /** This jurisdiction (or a parent) is party to it at the date. */
  | 'PARTY_TO'
  /** It applies in a jurisdiction this one is part of. */
  | 'PART_OF'
  /** It applies in the jurisdiction itself. */
  | 'TERRITORIAL';

export type TechnologiesQueryVariables = Exact<{ [key: string]: never }>;

export type TechnologiesQuery = {
  technologies: Array<{
    id: string;
    name: string;
    nameFr: string | null;
    riskLevel: number;
    parents: Array<{ id: string }>;
  }>;
};

export type JurisdictionsQueryVariables = Exact<{
  filter?: JurisdictionFilter | null | undefined;
}>;

export type JurisdictionsQuery = {
  jurisdictions: Array<{
    id: string;
    name: string;
    nameFr: string | null;
    level: JurisdictionLevel;
    region: string | null;
    subregion: string | null;
    m49: string | null;
    parents: Array<{ id: string }>;
  }>;
};

export type SearchQueryVariables = Exact<{
  text: string;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  first?: number | null | undefined;
}>;

export type SearchQuery = {
  search: Array<{
    id: string;
    label: NodeLabel;
    name: string;
    nameFr: string | null;
    matched: string | null;
    score: number;
  }>;
};

export type ComplianceCheckQueryVariables = Exact<{
  footprint: Array<FootprintItemInput> | FootprintItemInput;
  asOf?: string | null | undefined;
}>;

export type ComplianceCheckQuery = {
  complianceCheck: {
    asOf: string;
    softOnly: Array<number>;
    uncovered: Array<number>;
    summary: {
      items: number;
      prohibited: number;
      specific: number;
      general: number;
      soft: number;
      none: number;
      conflicts: number;
      text: string;
    };
    items: Array<{
      index: number;
      coverage: {
        asOf: string;
        activity: Activity;
        actor: ActorClass;
        level: CoverageLevel;
        isGap: boolean;
        excludedCount: number;
        strongestMode: RegulationMode | null;
        summary: string;
        applicable: Array<{
          mode: RegulationMode;
          level: CoverageLevel;
          excludedBecause: ExclusionReason | null;
          route: Route;
          provision: string | null;
          condition: string | null;
          activities: Array<Activity>;
          actorsCovered: Array<ActorClass>;
          from: string | null;
          until: string | null;
          instrument: {
            id: string;
            name: string;
            nameFr: string | null;
            kind: InstrumentKind;
            binding: boolean;
            status: InstrumentStatus;
            citation: string | null;
            url: string | null;
            inForce: string | null;
            repealed: string | null;
          };
          jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
          technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
          sources: Array<{
            id: string;
            name: string;
            nameFr: string | null;
            publisher: string;
            url: string;
            date: string | null;
            language: Language;
            confidence: Confidence | null;
            checked: string | null;
          }>;
        }>;
        excluded: Array<{
          mode: RegulationMode;
          level: CoverageLevel;
          excludedBecause: ExclusionReason | null;
          route: Route;
          provision: string | null;
          condition: string | null;
          activities: Array<Activity>;
          actorsCovered: Array<ActorClass>;
          from: string | null;
          until: string | null;
          instrument: {
            id: string;
            name: string;
            nameFr: string | null;
            kind: InstrumentKind;
            binding: boolean;
            status: InstrumentStatus;
            citation: string | null;
            url: string | null;
            inForce: string | null;
            repealed: string | null;
          };
          jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
          technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
          sources: Array<{
            id: string;
            name: string;
            nameFr: string | null;
            publisher: string;
            url: string;
            date: string | null;
            language: Language;
            confidence: Confidence | null;
            checked: string | null;
          }>;
        }>;
        excludedByReason: Array<{ reason: ExclusionReason; count: number }>;
        jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
        technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
        sources: Array<{
          id: string;
          name: string;
          nameFr: string | null;
          publisher: string;
          url: string;
          date: string | null;
          language: Language;
          confidence: Confidence | null;
          checked: string | null;
        }>;
      };
    }>;
    conflicts: Array<{
      kind: ConflictKind;
      activity: Activity;
      items: Array<number>;
      explanation: string;
      technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    }>;
    strictest: Array<{
      activity: Activity;
      level: CoverageLevel;
      mode: RegulationMode | null;
      items: Array<number>;
      explanation: string;
      technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      rules: Array<{
        mode: RegulationMode;
        level: CoverageLevel;
        excludedBecause: ExclusionReason | null;
        route: Route;
        provision: string | null;
        condition: string | null;
        activities: Array<Activity>;
        actorsCovered: Array<ActorClass>;
        from: string | null;
        until: string | null;
        instrument: {
          id: string;
          name: string;
          nameFr: string | null;
          kind: InstrumentKind;
          binding: boolean;
          status: InstrumentStatus;
          citation: string | null;
          url: string | null;
          inForce: string | null;
          repealed: string | null;
        };
        jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
        technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
        sources: Array<{
          id: string;
          name: string;
          nameFr: string | null;
          publisher: string;
          url: string;
          date: string | null;
          language: Language;
          confidence: Confidence | null;
          checked: string | null;
        }>;
      }>;
    }>;
  };
};

export type CoverageMatrixQueryVariables = Exact<{
  activity: Activity;
  actor?: ActorClass | null | undefined;
  asOf?: string | null | undefined;
  jurisdictions?: Array<string> | string | null | undefined;
  levels?: Array<JurisdictionLevel> | JurisdictionLevel | null | undefined;
  region?: string | null | undefined;
  technologies?: Array<string> | string | null | undefined;
  technologyFamily?: string | null | undefined;
}>;

export type CoverageMatrixQuery = {
  coverageMatrix: {
    asOf: string;
    activity: Activity;
    actor: ActorClass;
    cells: Array<{
      jurisdiction: string;
      technology: string;
      level: CoverageLevel;
      rules: number;
      strongestMode: RegulationMode | null;
    }>;
    jurisdictions: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      level: JurisdictionLevel;
      m49: string | null;
      parent: string | null;
      region: string | null;
      subregion: string | null;
    }>;
    technologies: Array<{ id: string; name: string; nameFr: string | null; parents: Array<string>; riskLevel: number }>;
  };
};

export type CoverageQueryVariables = Exact<{
  jurisdiction: string;
  technology: string;
  activity: Activity;
  actor?: ActorClass | null | undefined;
  asOf?: string | null | undefined;
}>;

export type CoverageQuery = {
  coverage: {
    asOf: string;
    activity: Activity;
    actor: ActorClass;
    level: CoverageLevel;
    isGap: boolean;
    excludedCount: number;
    strongestMode: RegulationMode | null;
    summary: string;
    applicable: Array<{
      mode: RegulationMode;
      level: CoverageLevel;
      excludedBecause: ExclusionReason | null;
      route: Route;
      provision: string | null;
      condition: string | null;
      activities: Array<Activity>;
      actorsCovered: Array<ActorClass>;
      from: string | null;
      until: string | null;
      instrument: {
        id: string;
        name: string;
        nameFr: string | null;
        kind: InstrumentKind;
        binding: boolean;
        status: InstrumentStatus;
        citation: string | null;
        url: string | null;
        inForce: string | null;
        repealed: string | null;
      };
      jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
      technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
      sources: Array<{
        id: string;
        name: string;
        nameFr: string | null;
        publisher: string;
        url: string;
        date: string | null;
        language: Language;
        confidence: Confidence | null;
        checked: string | null;
      }>;
    }>;
    excluded: Array<{
      mode: RegulationMode;
      level: CoverageLevel;
      excludedBecause: ExclusionReason | null;
      route: Route;
      provision: string | null;
      condition: string | null;
      activities: Array<Activity>;
      actorsCovered: Array<ActorClass>;
      from: string | null;
      until: string | null;
      instrument: {
        id: string;
        name: string;
        nameFr: string | null;
        kind: InstrumentKind;
        binding: boolean;
        status: InstrumentStatus;
        citation: string | null;
        url: string | null;
        inForce: string | null;
        repealed: string | null;
      };
      jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
      technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
      sources: Array<{
        id: string;
        name: string;
        nameFr: string | null;
        publisher: string;
        url: string;
        date: string | null;
        language: Language;
        confidence: Confidence | null;
        checked: string | null;
      }>;
    }>;
    excludedByReason: Array<{ reason: ExclusionReason; count: number }>;
    jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  };
};

export type EntityHeadQueryVariables = Exact<{
  id: string;
}>;

export type EntityHeadQuery = { entity: { id: string; label: NodeLabel; name: string; nameFr: string | null } | null };

export type EntityDetailsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;

export type EntityDetailsQuery = {
  entity: {
    id: string;
    label: NodeLabel;
    name: string;
    nameFr: string | null;
    properties: unknown;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
    relationships: Array<{
      type: RelationshipType;
      direction: Direction;
      properties: unknown;
      other: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      sources: Array<{
        id: string;
        name: string;
        nameFr: string | null;
        publisher: string;
        url: string;
        date: string | null;
        language: Language;
        confidence: Confidence | null;
        checked: string | null;
      }>;
    }>;
  } | null;
};

export type JurisdictionPageQueryVariables = Exact<{
  id: string;
}>;

export type JurisdictionPageQuery = {
  jurisdiction: {
    id: string;
    name: string;
    nameFr: string | null;
    level: JurisdictionLevel;
    region: string | null;
    subregion: string | null;
    m49: string | null;
    parents: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    children: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    memberships: Array<{
      since: string | null;
      until: string | null;
      body: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    }>;
    instruments: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type InstrumentPageQueryVariables = Exact<{
  id: string;
}>;

export type InstrumentPageQuery = {
  instrument: {
    id: string;
    name: string;
    nameFr: string | null;
    kind: InstrumentKind;
    binding: boolean;
    status: InstrumentStatus;
    adopted: string | null;
    inForce: string | null;
    repealed: string | null;
    citation: string | null;
    url: string | null;
    summary: string | null;
    summaryFr: string | null;
    appliesIn: Array<{
      scope: ApplicationScope | null;
      from: string | null;
      until: string | null;
      jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    }>;
    parties: Array<{
      since: string | null;
      until: string | null;
      jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
    }>;
    regulates: Array<{
      mode: RegulationMode;
      activities: Array<Activity>;
      actorsCovered: Array<ActorClass>;
      provision: string | null;
      condition: string | null;
      from: string | null;
      until: string | null;
      technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      sources: Array<{
        id: string;
        name: string;
        nameFr: string | null;
        publisher: string;
        url: string;
        date: string | null;
        language: Language;
        confidence: Confidence | null;
        checked: string | null;
      }>;
    }>;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type TechnologyPageQueryVariables = Exact<{
  id: string;
}>;

export type TechnologyPageQuery = {
  technology: {
    id: string;
    name: string;
    nameFr: string | null;
    description: string | null;
    riskLevel: number;
    riskReason: string | null;
    protective: boolean | null;
    parents: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    children: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    threatens: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type ActorPageQueryVariables = Exact<{
  id: string;
}>;

export type ActorPageQuery = {
  actor: {
    id: string;
    name: string;
    nameFr: string | null;
    kind: ActorKind;
    url: string | null;
    description: string | null;
    headquarters: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type ObligationPageQueryVariables = Exact<{
  id: string;
}>;

export type ObligationPageQuery = {
  obligation: {
    id: string;
    name: string;
    nameFr: string | null;
    dutyBearer: DutyBearer;
    text: string | null;
    textFr: string | null;
    requiredMode: RegulationMode | null;
    activities: Array<Activity> | null;
    derivedFrom: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    concerns: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type RightPageQueryVariables = Exact<{
  id: string;
}>;

export type RightPageQuery = {
  right: {
    id: string;
    name: string;
    nameFr: string | null;
    provision: string | null;
    description: string | null;
    sources: Array<{
      id: string;
      name: string;
      nameFr: string | null;
      publisher: string;
      url: string;
      date: string | null;
      language: Language;
      confidence: Confidence | null;
      checked: string | null;
    }>;
  } | null;
};

export type SourcePageQueryVariables = Exact<{
  id: string;
}>;

export type SourcePageQuery = {
  source: {
    id: string;
    name: string;
    nameFr: string | null;
    publisher: string;
    url: string;
    date: string | null;
    language: Language;
    confidence: Confidence | null;
    checked: string | null;
  } | null;
};

export type ActorExposureQueryVariables = Exact<{
  actor: string;
  asOf?: string | null | undefined;
}>;

export type ActorExposureQuery = {
  actorExposure: {
    related: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null }>;
    items: Array<{
      relation: string;
      level: CoverageLevel;
      explanation: string;
      actor: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
      deployment: { id: string; name: string; since: string | null };
    }>;
  };
};

export type EntityRefFieldsFragment = { id: string; label: NodeLabel; name: string; nameFr: string | null };

export type SourceFieldsFragment = {
  id: string;
  name: string;
  nameFr: string | null;
  publisher: string;
  url: string;
  date: string | null;
  language: Language;
  confidence: Confidence | null;
  checked: string | null;
};

export type RuleFieldsFragment = {
  mode: RegulationMode;
  level: CoverageLevel;
  excludedBecause: ExclusionReason | null;
  route: Route;
  provision: string | null;
  condition: string | null;
  activities: Array<Activity>;
  actorsCovered: Array<ActorClass>;
  from: string | null;
  until: string | null;
  instrument: {
    id: string;
    name: string;
    nameFr: string | null;
    kind: InstrumentKind;
    binding: boolean;
    status: InstrumentStatus;
    citation: string | null;
    url: string | null;
    inForce: string | null;
    repealed: string | null;
  };
  jurisdictionPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
  technologyPath: Array<{ id: string; name: string; via: RelationshipType | null }>;
  sources: Array<{
    id: string;
    name: string;
    nameFr: string | null;
    publisher: string;
    url: string;
    date: string | null;
    language: Language;
    confidence: Confidence | null;
    checked: string | null;
  }>;
};

export type CoverageFieldsFragment = {
  asOf: string;
  activity: Activity;
  actor: ActorClass;
  level: CoverageLevel;
  isGap: boolean;
  excludedCount: number;
  strongestMode: RegulationMode | null;
  summary: string;
  excludedByReason: Array<{ reason: ExclusionReason; count: number }>;
  jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
  technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
  sources: Array<{
    id: string;
    name: string;
    nameFr: string | null;
    publisher: string;
    url: string;
    date: string | null;
    language: Language;
    confidence: Confidence | null;
    checked: string | null;
  }>;
};

export type DeploymentRefFieldsFragment = {
  id: string;
  name: string;
  since: string | null;
  actor: { id: string; label: NodeLabel; name: string; nameFr: string | null } | null;
};

export type GapsQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
  weights?: GapWeightsInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type GapsQuery = {
  gaps: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    weights: { risk: number; evidence: number; governance: number; vulnerability: number; absence: number };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: GapKind;
        activity: Activity;
        level: CoverageLevel;
        requiredLevel: CoverageLevel | null;
        score: number;
        explanation: string;
        deploymentCount: number;
        jurisdiction: { id: string; label: NodeLabel; name: string; nameFr: string | null };
        technology: { id: string; label: NodeLabel; name: string; nameFr: string | null };
        obligation: { id: string; label: NodeLabel; name: string; nameFr: string | null } | null;
        factors: Array<{ name: string; value: number; weight: number; explanation: string }>;
        deployments: Array<{
          id: string;
          name: string;
          since: string | null;
          actor: { id: string; label: NodeLabel; name: string; nameFr: string | null } | null;
        }>;
      };
    }>;
  };
};

export type NeighbourhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  labels?: Array<NodeLabel> | NodeLabel | null | undefined;
  limit?: number | null | undefined;
}>;

export type NeighbourhoodQuery = {
  neighbourhood: {
    truncated: boolean;
    nodes: Array<{ id: string; label: NodeLabel; name: string; nameFr: string | null; depth: number }>;
    edges: Array<{ id: string; source: string; target: string; type: RelationshipType }>;
  };
};

export const EntityRefFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityRefFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const RuleFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedBecause' } },
          { kind: 'Field', name: { kind: 'Name', value: 'route' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorsCovered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'binding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdictionPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technologyPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RuleFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coverage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isGap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'excludedByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'strongestMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdiction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technology' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageFieldsFragment, unknown>;
export const DeploymentRefFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeploymentRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeploymentRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeploymentRefFieldsFragment, unknown>;
export const TechnologiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Technologies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technologies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskLevel' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TechnologiesQuery, TechnologiesQueryVariables>;
export const JurisdictionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Jurisdictions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'JurisdictionFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdictions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subregion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'm49' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JurisdictionsQuery, JurisdictionsQueryVariables>;
export const SearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Search' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeLabel' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matched' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ComplianceCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ComplianceCheck' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'footprint' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'FootprintItemInput' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complianceCheck' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'footprint' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'footprint' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'softOnly' } },
                { kind: 'Field', name: { kind: 'Name', value: 'uncovered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'summary' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prohibited' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'specific' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'general' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'soft' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'none' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conflicts' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'index' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'coverage' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoverageFields' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'applicable' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'excluded' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'conflicts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'technology' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'strictest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'items' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'technology' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'rules' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coverage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isGap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'excludedByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'strongestMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdiction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technology' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedBecause' } },
          { kind: 'Field', name: { kind: 'Name', value: 'route' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorsCovered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'binding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdictionPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technologyPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ComplianceCheckQuery, ComplianceCheckQueryVariables>;
export const CoverageMatrixDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoverageMatrix' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActorClass' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jurisdictions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'levels' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'JurisdictionLevel' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'technologies' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'technologyFamily' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coverageMatrix' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'activity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jurisdictions' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jurisdictions' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'levels' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'levels' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'region' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'region' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'technologies' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'technologies' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'technologyFamily' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'technologyFamily' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cells' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'jurisdiction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'technology' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'rules' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'strongestMode' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'jurisdictions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'm49' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subregion' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'technologies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'parents' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'riskLevel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const CoverageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Coverage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'jurisdiction' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'technology' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Activity' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActorClass' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coverage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'jurisdiction' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'jurisdiction' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'technology' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'technology' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'activity' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CoverageFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'applicable' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'excluded' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RuleFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CoverageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Coverage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'asOf' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isGap' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedCount' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'excludedByReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'strongestMode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdiction' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technology' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RuleFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Rule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'level' } },
          { kind: 'Field', name: { kind: 'Name', value: 'excludedBecause' } },
          { kind: 'Field', name: { kind: 'Name', value: 'route' } },
          { kind: 'Field', name: { kind: 'Name', value: 'provision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorsCovered' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'binding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealed' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdictionPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technologyPath' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'via' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sources' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const EntityHeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EntityHead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityHeadQuery, EntityHeadQueryVariables>;
export const EntityDetailsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EntityDetails' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'entity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'relationships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'direction' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'properties' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'other' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const JurisdictionPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'JurisdictionPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'jurisdiction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subregion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'm49' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'body' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'instruments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<JurisdictionPageQuery, JurisdictionPageQueryVariables>;
export const InstrumentPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InstrumentPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'instrument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'binding' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'adopted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inForce' } },
                { kind: 'Field', name: { kind: 'Name', value: 'repealed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'citation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summaryFr' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appliesIn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jurisdiction' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parties' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jurisdiction' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'regulates' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actorsCovered' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provision' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'condition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'until' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'technology' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sources' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InstrumentPageQuery, InstrumentPageQueryVariables>;
export const TechnologyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TechnologyPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'technology' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskLevel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'riskReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'protective' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'threatens' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TechnologyPageQuery, TechnologyPageQueryVariables>;
export const ActorPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActorPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'headquarters' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActorPageQuery, ActorPageQueryVariables>;
export const ObligationPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ObligationPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'obligation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dutyBearer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'textFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requiredMode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'derivedFrom' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'concerns' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ObligationPageQuery, ObligationPageQueryVariables>;
export const RightPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RightPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'right' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sources' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SourceFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SourceFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Source' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'date' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RightPageQuery, RightPageQueryVariables>;
export const SourcePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SourcePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'source' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publisher' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'confidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SourcePageQuery, SourcePageQueryVariables>;
export const ActorExposureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActorExposure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Date' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actorExposure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actor' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'related' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'relation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'actor' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'jurisdiction' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'technology' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'deployment' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActorExposureQuery, ActorExposureQueryVariables>;
export const GapsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Gaps' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'GapWeightsInput' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'gaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'weights' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'weights' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'risk' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'governance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vulnerability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'absence' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'activity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'requiredLevel' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'jurisdiction' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'technology' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'obligation' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'EntityRefFields' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'factors' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'deployments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DeploymentRefFields' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'deploymentCount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EntityRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EntityRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DeploymentRefFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DeploymentRef' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'since' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const NeighbourhoodDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Neighbourhood' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NodeLabel' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighbourhood' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'labels' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'labels' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameFr' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'depth' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
