'use client';
import { useMemo } from 'react';
import { questionText } from '@/lib/review/question-text';
import { useReview } from '../ReviewContext';
import SteppedPicker from '../SteppedPicker';

const SHORT = 70;
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text);

/** Chooses the question to review: a list of all questions, and previous / next. */
export default function QuestionPicker({ questionId, onChange }: { questionId: string; onChange(id: string): void }) {
  const { index } = useReview();
  const items = useMemo(
    () =>
      index.questions.map(({ question, number }) => ({
        key: question.id,
        label: `Q${number}. ${short(questionText(question))}`,
      })),
    [index],
  );
  return <SteppedPicker label="Question" items={items} value={questionId} onChange={onChange} width="18rem" />;
}
