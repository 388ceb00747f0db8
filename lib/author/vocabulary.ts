/**
 * The lesson vocabulary (sentence kinds and tags) that the author tools write: the one file to
 * change when the lesson schema's kinds or tags are renamed.
 */
import type { Mode, Tag } from '@/lib/schemas/lesson';
import type { SuggestionKind } from './suggest';

export const DIRECT_QUOTE: Mode = 'direct-quote';
export const ANONYMISED_TAG: Tag = 'anonymised';
export const LEGAL_CLAIM_TAG: Tag = 'legal-claim';
export const STATISTIC_TAG: Tag = 'statistic-or-generalisation';

/** The tag a suggestion proposes, if any: a speaker suggestion proposes a voice, not a tag. */
export const SUGGESTED_TAG: Record<SuggestionKind, Tag | undefined> = {
  'direct-quote': undefined,
  speaker: undefined,
  anonymised: ANONYMISED_TAG,
  'legal-claim': LEGAL_CLAIM_TAG,
  'statistic-or-generalisation': STATISTIC_TAG,
};
