'use client';
import dynamic from 'next/dynamic';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { Question } from '@/lib/schemas/lesson';
import TextQuestionInput from './TextQuestionInput';

// Loaded on demand: the start step, the page's first screen, has no questions.
const ChoiceQuestionInput = dynamic(() => import('./ChoiceQuestionInput'), { ssr: false });
const MarkQuestionInput = dynamic(() => import('./MarkQuestionInput'), { ssr: false });

/** The input a question's kind needs; `sectionId` is the section whose text a mark question marks, if any. */
export default function QuestionInput({ question, sectionId }: { question: Question; sectionId: string | null }) {
  if (question.kind === 'text') return <TextQuestionInput question={question} />;
  if (isChoiceQuestion(question)) return <ChoiceQuestionInput question={question} />;
  return <MarkQuestionInput question={question} sectionId={sectionId} />;
}
