/** A finding of a semantic check, located by its path in the document (positions are added later). */
export interface LintFinding {
  path: (string | number)[];
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** Point at the key of the last path segment rather than its value. */
  atKey?: boolean;
}
