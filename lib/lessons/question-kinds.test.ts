import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/schemas/lesson';
import { isChoiceQuestion, QUESTION_KIND_LABELS } from './question-kinds';

const base = { id: 'q', prompt: 'Which?' };
const choice = (kind: 'single' | 'multiple') =>
  ({
    ...base,
    kind,
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: false },
    ],
    explanation: 'Because.',
  }) as Question;

describe('question kinds', () => {
  it('treats single and multiple choice as choice questions, and nothing else', () => {
    expect(isChoiceQuestion(choice('single'))).toBe(true);
    expect(isChoiceQuestion(choice('multiple'))).toBe(true);
    expect(isChoiceQuestion({ ...base, kind: 'text' } as Question)).toBe(false);
  });

  it('names every kind for the student and for the teacher', () => {
    expect(QUESTION_KIND_LABELS.single).toEqual({ student: 'Choose one', teacher: 'Single choice' });
    expect(QUESTION_KIND_LABELS.text.teacher).toBe('Written answer');
  });
});
