import type { LocalizedText } from '../text/localized-text';

/** Where something was written in its rule file. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** A grade of the ladder; index 0 is the lowest. */
export interface GradeModel {
  id: string;
  index: number;
  label: LocalizedText;
  description?: LocalizedText;
}
