import { type LocalizedText, localized } from './localized-text';

/** The zh and en of a "did you mean" hint after a message, or nothing. */
export function didYouMean(hint: string | undefined): LocalizedText {
  return hint ? localized(`，是否要写“${hint}”？`, `; did you mean "${hint}"?`) : localized('');
}
