'use client';
import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { lessonQuestions } from '@/lib/lessons/analysis';
import type { Question } from '@/lib/schemas/lesson';
import QuestionCard from './QuestionCard';
import QuestionInput from './QuestionInput';
import { useStudy } from './StudyContext';

/** The questions of one step, numbered in lesson order, each with the input its kind needs. */
export default function QuestionList({ questions, sectionId }: { questions: Question[]; sectionId: string | null }) {
  const { lesson } = useStudy();
  const numbers = useMemo(() => new Map(lessonQuestions(lesson).map((q) => [q.question.id, q.number])), [lesson]);
  return (
    <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 3, listStyle: 'none' }}>
      {questions.map((question) => (
        <QuestionCard key={question.id} question={question} number={numbers.get(question.id) ?? 0}>
          <QuestionInput question={question} sectionId={sectionId} />
        </QuestionCard>
      ))}
    </Box>
  );
}
