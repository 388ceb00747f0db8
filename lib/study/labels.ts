/** Plain-words labels for question kinds and source-evaluation focuses. */
import type { Question, SourceFocus } from '@/lib/schemas/lesson';

export const KIND_LABELS: Record<Question['kind'], string> = {
  text: 'Short answer',
  single: 'Choose one',
  multiple: 'Choose all that apply',
  mark: 'Mark in the text',
};

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
