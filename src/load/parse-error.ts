import type { YAMLError } from 'yaml';

/** A parser error as the loader reads it: what, and where (offsets in the text). */
export type ParseError = Pick<YAMLError, 'code' | 'message' | 'pos'>;
