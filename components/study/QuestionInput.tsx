'use client';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import type { Question } from '@/lib/schemas/lesson';
import ChoiceQuestionInput from './ChoiceQuestionInput';
import MarkQuestionInput from './MarkQuestionInput';
import TextQuestionInput from './TextQuestionInput';

/** The input a question's kind needs; `sectionId` is the section whose text a mark question marks, if any. */
export default function QuestionInput({ question, sectionId }: { question: Question; sectionId: string | null }) {
  if (question.kind === 'text') return <TextQuestionInput question={question} />;
  if (isChoiceQuestion(question)) return <ChoiceQuestionInput question={question} />;
  return <MarkQuestionInput question={question} sectionId={sectionId} />;
}
