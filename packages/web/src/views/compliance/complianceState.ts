/** The Compliance view's state in the URL: the footprint checked and the date. */
export const COMPLIANCE_DEFAULTS = {
  fp: '',
  year: '',
} as const;

export type ComplianceKey = keyof typeof COMPLIANCE_DEFAULTS;
