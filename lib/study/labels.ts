/** Plain-words labels for source-evaluation focuses (question kinds: lib/lessons/question-kinds.ts). */
import type { SourceFocus } from '@/lib/schemas/lesson';

export const FOCUS_LABELS: Record<SourceFocus, string> = {
  'who-is-quoted': 'Who is quoted',
  anonymity: 'Anonymity',
  'legal-claims': 'Legal claims',
  'primary-secondary': 'Primary or secondary',
  'outlet-description': 'How the outlet is described',
  generalisation: 'Generalising',
  'loaded-wording': 'Loaded wording',
  'missing-voices': 'Missing voices',
  'missing-link': 'Missing link',
  'lateral-reading': 'Lateral reading',
};
