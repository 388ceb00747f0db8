/**
 * Where a place in the draft is edited: which editor step holds it, and the element id of its
 * field, so that a problem found by the check can move to the step and put the focus on the field.
 * A field's id is its draft path, so the id of any enclosing part (a question, a section) is a
 * prefix of it: when a field has no element of its own, the nearest enclosing one is focused.
 */
import type { DraftPath } from './draft-to-lesson';

export type EditorStep = 'text' | 'sections' | 'analysis' | 'questions' | 'preview' | 'share';

const SENTENCE_ANALYSIS = new Set(['voice', 'mode', 'tags', 'note']);
/** The section's summary is written beside its prompts and questions (step 4). */
const QUESTION_PARTS = new Set(['questions', 'prompts', 'summary']);
const SECTION_SHAPE = new Set(['id', 'title', 'paragraphs']);

/** The step whose form holds the field at `path`, or null when the editor has no field for it. */
export function stepOfPath(path: DraftPath): EditorStep | null {
  const [head, second, third] = path;
  if (head === 'id' || head === 'text' || head === 'source') return 'text';
  if (head === 'people') return 'analysis';
  if (head === 'sections') {
    if (third === undefined || QUESTION_PARTS.has(String(third))) return third === undefined ? 'sections' : 'questions';
    if (path.includes('sentences') && SENTENCE_ANALYSIS.has(String(path[6]))) return 'analysis';
    return SECTION_SHAPE.has(String(third)) ? 'sections' : null;
  }
  if (head === 'lesson') {
    if (second === 'title' || second === 'subtitle') return 'text';
    if (second === 'wrapUp') return 'questions';
  }
  return null;
}

/** The element id of the field at `path`, e.g. "draft-sections-0-questions-2-prompt". */
export function fieldIdOf(path: DraftPath): string {
  return ['draft', ...path].join('-');
}

/** The ids to try, the field's own first, then each enclosing part's, out to the whole section. */
export function fieldIdCandidates(path: DraftPath): string[] {
  const ids: string[] = [];
  for (let length = path.length; length >= 1; length -= 1) ids.push(fieldIdOf(path.slice(0, length)));
  return ids;
}

const PART_NAMES: Record<string, string> = {
  sections: 'section',
  paragraphs: 'paragraph',
  sentences: 'sentence',
  questions: 'question',
  prompts: 'prompt',
  options: 'option',
  keyPoints: 'key point',
  people: 'person',
};

/** A draft path in words, e.g. "section 2 › question 1 › options". */
export function describePath(path: DraftPath): string {
  const parts: string[] = [];
  path.forEach((part, i) => {
    if (typeof part === 'number') return;
    const next = path[i + 1];
    const name = PART_NAMES[part];
    if (name && typeof next === 'number') parts.push(`${name} ${next + 1}`);
    else if (part !== 'lesson') parts.push(part.replace(/([A-Z])/g, ' $1').toLowerCase());
  });
  return parts.join(' › ') || 'the lesson';
}
