'use client';
import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { fieldIdOf } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import { TextFormSchema, textFromForm, textToForm } from '@/lib/author/question-form';
import type { TextQuestion } from '@/lib/schemas/lesson';
import FormText from './FormText';
import KeyPointFields from './KeyPointFields';
import PathField from './PathField';
import { useFormSave } from './useFormSave';

type Props = { question: TextQuestion; path: DraftPath; onSave: (q: TextQuestion) => void };

/** A free-text question and the key points a good answer makes. */
export default function TextQuestionForm({ question, path, onSave }: Props) {
  const initial = useMemo(() => textToForm(question), [question]);
  const { control } = useFormSave(TextFormSchema, initial, (form) => onSave(textFromForm(question, form)));
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 2 }}>
      <FormText control={control} name="prompt" id={fieldIdOf([...path, 'prompt'])} label="Question" multiline />
      <FormText
        control={control}
        name="lengthHint"
        id={fieldIdOf([...path, 'lengthHint'])}
        label="How long an answer should be"
        helperText="Shown under the answer field, e.g. “2-3 sentences”."
      />
      <KeyPointFields control={control} path={path} cited={question.keyPoints.map((k) => k.sentences)} />
      <PathField control={control} name="path" id={fieldIdOf([...path, 'path'])} />
    </Box>
  );
}
