/** Shapes shared by several features; each feature keeps its own response types beside its hooks. */
export interface Ref {
  code: string;
  name: string;
}

export type InhabitantsStatus = 'VERIFIED' | 'APPROXIMATE';

export interface Inhabitants {
  value: number;
  /** ISO date, e.g. "2024-01-01" */
  referenceDate: string;
  source: string;
  status: InhabitantsStatus;
}
