'use client';
import { memo, useMemo } from 'react';
import { lessonQuestions, markSentences, type LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer } from '@/lib/schemas/answer';
import type { Lesson, Question } from '@/lib/schemas/lesson';
import { useStudy } from './StudyContext';
import { useSessionValue } from './useAnswerSession';
import { usePrinting } from './usePrinting';

function answerText(
  lesson: Lesson,
  question: Question,
  sectionId: string | null,
  answer: Answer | undefined,
): string[] {
  if (!answer) return [];
  if (answer.kind === 'text') return answer.text.trim() ? [answer.text] : [];
  if (answer.kind === 'choice' && question.kind !== 'text' && question.kind !== 'mark') {
    return question.options.filter((o) => answer.optionIds.includes(o.id)).map((o) => o.text);
  }
  if (answer.kind === 'mark' && question.kind === 'mark') {
    return markSentences(lesson, question, sectionId)
      .filter((s) => answer.sentenceIds.includes(s.id))
      .map((s) => `“${s.text}”`);
  }
  return [];
}

type PrintedQuestionProps = { lesson: Lesson; located: LocatedQuestion; answer: Answer | undefined };

/** One question on the sheet; memoised, so typing in one answer re-renders only that one. */
const PrintedQuestion = memo(function PrintedQuestion({ lesson, located, answer }: PrintedQuestionProps) {
  const { question, sectionId, number } = located;
  const lines = answerText(lesson, question, sectionId, answer);
  return (
    <section className="print-question">
      <h2>
        Question {number}. {question.prompt}
        {question.kind === 'mark' ? ` Look for: ${question.target}.` : ''}
      </h2>
      {lines.length ? lines.map((line, i) => <p key={i}>{line}</p>) : <p className="print-empty">(not answered)</p>}
    </section>
  );
});

/**
 * The printed answer sheet: hidden on screen, the only thing shown when printing (see the print
 * rules in app/global.css). Plain black on white, question by question. Discussion notes are
 * private and are not printed, as they are not exported.
 */
function Sheet() {
  const { lesson, session } = useStudy();
  const answers = useSessionValue(session, (s) => s.data.answers);
  const studentName = useSessionValue(session, (s) => s.data.studentName);
  const located = useMemo(() => lessonQuestions(lesson), [lesson]);
  return (
    <div className="print-sheet">
      <p className="print-title">{lesson.title}</p>
      <p>
        Name: {studentName || '______________________'} · Printed {new Date().toLocaleDateString()}
      </p>
      {located.map((q) => (
        <PrintedQuestion key={q.question.id} lesson={lesson} located={q} answer={answers[q.question.id]} />
      ))}
    </div>
  );
}

/** Rendered only while printing: on screen the sheet would re-render on every keystroke for nothing. */
export default function PrintSheet() {
  return usePrinting() ? <Sheet /> : null;
}
