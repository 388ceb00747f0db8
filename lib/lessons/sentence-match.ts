import type { MarkCriterion, Sentence } from '@/lib/schemas/lesson';

/** True when a sentence meets every field of the criterion (any listed value within a field). */
export function sentenceMatches(sentence: Sentence, criterion: MarkCriterion): boolean {
  if (criterion.modes && !criterion.modes.includes(sentence.mode)) return false;
  if (criterion.tags && !criterion.tags.some((t) => sentence.tags.includes(t))) return false;
  if (criterion.voices && !criterion.voices.includes(sentence.voice)) return false;
  return true;
}
