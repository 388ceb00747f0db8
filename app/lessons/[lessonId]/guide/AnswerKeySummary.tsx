import type { ReactNode } from 'react';
import { lessonQuestions, lessonSentences, markKey } from '@/lib/lessons/analysis';
import type { Lesson, Question } from '@/lib/schemas/lesson';
import { GuideTable } from './GuideParts';

function keyOf(lesson: Lesson, question: Question, sectionId: string | null, quote: (id: string) => string): ReactNode {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join(' / ');
    case 'mark':
      return (
        <>
          Required: {markKey(lesson, question, sectionId).map(quote).join(' ')}
          {question.alsoAccepted.map((a) => (
            <span key={a.sentenceId}>
              <br />
              Also accepted: {quote(a.sentenceId)} {a.reason}
            </span>
          ))}
        </>
      );
    case 'text':
      return question.keyPoints.map((k) => k.text).join(' ');
  }
}

/** One row per question: where it is, which path, and the key in short. */
export default function AnswerKeySummary({ lesson }: { lesson: Lesson }) {
  const text = new Map(lessonSentences(lesson).map((s) => [s.id, s.text]));
  const quote = (id: string) => `“${(text.get(id) ?? id).slice(0, 60)}${(text.get(id)?.length ?? 0) > 60 ? '…' : ''}”`;
  const sectionNumber = new Map(lesson.sections.map((s, i) => [s.id, i + 1]));
  const rows = lessonQuestions(lesson).map(({ question, sectionId, number }) => [
    `${number} (${sectionId ? `section ${sectionNumber.get(sectionId)}` : 'wrap-up'}, ${question.path})`,
    question.prompt,
    keyOf(lesson, question, sectionId, quote),
  ]);
  const exit = (lesson.exitTicket?.items ?? []).map((question, i) => [
    `Exit ${i + 1}`,
    question.prompt,
    keyOf(lesson, question, null, quote),
  ]);
  return <GuideTable caption="Answer key in short" head={['Question', 'Asks', 'Key']} rows={[...rows, ...exit]} />;
}
