'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { fieldIdOf } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import { markKey } from '@/lib/author/question-drafts';
import { MarkFormSchema, markFromForm, markToForm } from '@/lib/author/question-form';
import type { MarkQuestion } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import FormText from './FormText';
import KeyPointFields from './KeyPointFields';
import PathField from './PathField';
import { useFormSave } from './useFormSave';

type Props = {
  draft: LessonDraft;
  sectionIndex: number;
  question: MarkQuestion;
  path: DraftPath;
  onSave: (q: MarkQuestion) => void;
};

const describeCriterion = ({ modes, tags, voices }: MarkQuestion['criterion']) =>
  [
    modes && `kind ${modes.join(' or ')}`,
    tags && `tagged ${tags.join(' or ')}`,
    voices && `voice ${voices.join(' or ')}`,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * A mark-in-the-text question. Its key is not typed: it is every sentence the analysis gives the
 * criterion's kind or tag, so changing the analysis (step 3) changes the key.
 */
export default function MarkQuestionForm({ draft, sectionIndex, question, path, onSave }: Props) {
  const initial = useMemo(() => markToForm(question), [question]);
  const { control } = useFormSave(MarkFormSchema, initial, (form) => onSave(markFromForm(question, form)));
  const key = markKey(draft, sectionIndex, question.criterion);
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 2 }}>
      <Typography id={fieldIdOf([...path, 'criterion'])} tabIndex={-1} color="text.secondary">
        Key: the sentences of this section with {describeCriterion(question.criterion)} in the analysis (now{' '}
        {key.length === 0 ? 'none' : key.join(', ')}).
      </Typography>
      <FormText control={control} name="prompt" id={fieldIdOf([...path, 'prompt'])} label="Question" multiline />
      <FormText control={control} name="target" id={fieldIdOf([...path, 'target'])} label="What to mark" />
      <FormText
        control={control}
        name="explanation"
        id={fieldIdOf([...path, 'explanation'])}
        label="Explanation (shown once the student has checked)"
        multiline
      />
      <KeyPointFields control={control} path={path} cited={question.keyPoints.map((k) => k.sentences)} />
      <PathField control={control} name="path" id={fieldIdOf([...path, 'path'])} />
    </Box>
  );
}
