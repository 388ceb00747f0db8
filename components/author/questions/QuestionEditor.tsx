'use client';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import { fieldIdOf } from '@/lib/author/draft-fields';
import { QUESTION_KIND_LABELS } from '@/lib/lessons/question-kinds';
import type { Question } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import ChoiceQuestionForm from './ChoiceQuestionForm';
import MarkQuestionForm from './MarkQuestionForm';
import TextQuestionForm from './TextQuestionForm';

type Props = {
  draft: LessonDraft;
  sectionIndex: number;
  index: number;
  question: Question;
  onSave: (question: Question) => void;
  onRemove: () => void;
};

/** One question of a section: its form by kind, and "Delete", which asks first. */
export default function QuestionEditor({ draft, sectionIndex, index, question, onSave, onRemove }: Props) {
  const [confirming, setConfirming] = useState(false);
  const path = ['sections', sectionIndex, 'questions', index];
  const headingId = `${fieldIdOf(path)}-heading`;
  return (
    <Card component="section" variant="outlined" aria-labelledby={headingId} id={fieldIdOf(path)} tabIndex={-1}>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography id={headingId} variant="groupTitle" component="h4">
            Question {index + 1}: {QUESTION_KIND_LABELS[question.kind].teacher}
          </Typography>
          <Button color="error" startIcon={<DeleteOutlined aria-hidden />} onClick={() => setConfirming(true)}>
            Delete question {index + 1}
          </Button>
        </Stack>
        {question.kind === 'text' && <TextQuestionForm question={question} path={path} onSave={onSave} />}
        {question.kind === 'mark' && (
          <MarkQuestionForm draft={draft} sectionIndex={sectionIndex} question={question} path={path} onSave={onSave} />
        )}
        {(question.kind === 'single' || question.kind === 'multiple') && (
          <ChoiceQuestionForm draft={draft} question={question} path={path} onSave={onSave} />
        )}
      </CardContent>
      <ConfirmDialog
        open={confirming}
        title={`Delete question ${index + 1}?`}
        confirmLabel="Delete"
        onConfirm={() => {
          setConfirming(false);
          onRemove();
        }}
        onCancel={() => setConfirming(false)}
      >
        “{question.prompt}” and its key points will be removed from the lesson.
      </ConfirmDialog>
    </Card>
  );
}
