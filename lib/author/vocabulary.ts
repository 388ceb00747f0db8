/**
 * The lesson vocabulary (sentence kinds and tags) that the author tools write. The lesson schema is
 * being renamed (v2: `framing` becomes `author-claim`, `anonymised-person` becomes `anonymised`,
 * `generalisation` becomes `statistic-or-generalisation`): this is the one file to follow it.
 */
import type { Mode, Tag } from '@/lib/schemas/lesson';
import type { SuggestionKind } from './suggest';

export const DIRECT_QUOTE: Mode = 'direct-quote';
export const ANONYMISED_TAG: Tag = 'anonymised-person';
export const LEGAL_CLAIM_TAG: Tag = 'legal-claim';
export const STATISTIC_TAG: Tag = 'generalisation';

/** The tag a suggestion proposes, if any: a speaker suggestion proposes a voice, not a tag. */
export const SUGGESTED_TAG: Record<SuggestionKind, Tag | undefined> = {
  'direct-quote': undefined,
  speaker: undefined,
  anonymised: ANONYMISED_TAG,
  'legal-claim': LEGAL_CLAIM_TAG,
  'statistic-or-generalisation': STATISTIC_TAG,
};
