'use client';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId, useMemo } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { fieldIdOf } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import { optionLengthWarnings } from '@/lib/author/option-length';
import { type ChoiceForm, ChoiceFormSchema, choiceFromForm, choiceToForm } from '@/lib/author/question-form';
import type { ChoiceQuestion } from '@/lib/schemas/lesson';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import FormText from './FormText';
import KeyPointFields from './KeyPointFields';
import OptionFields from './OptionFields';
import PathField from './PathField';
import { useFormSave } from './useFormSave';

type Props = { draft: LessonDraft; question: ChoiceQuestion; path: DraftPath; onSave: (q: ChoiceQuestion) => void };

/** A single- or multiple-choice question, with the option-length rule of the lesson check shown live. */
export default function ChoiceQuestionForm({ draft, question, path, onSave }: Props) {
  const kindLabel = useId();
  const initial = useMemo(() => choiceToForm(question), [question]);
  const { control, getValues } = useFormSave(ChoiceFormSchema, initial, (form) =>
    onSave(choiceFromForm(question, form)),
  );
  const kind = useWatch({ control, name: 'kind' });
  const options = useWatch({ control, name: 'options' });
  const warnings = useMemo(
    () =>
      kind === 'single'
        ? optionLengthWarnings(draft, {
            ...question,
            kind,
            options: options.map(({ id, text, correct }) => ({ id, text, correct })),
          })
        : [],
    [draft, question, kind, options],
  );
  const newOptionId = () => {
    const taken = new Set(getValues('options').map((o: ChoiceForm['options'][number]) => o.id));
    let n = taken.size + 1;
    while (taken.has(`o-${n}`)) n += 1;
    return `o-${n}`;
  };

  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 2 }}>
      <FormText control={control} name="prompt" id={fieldIdOf([...path, 'prompt'])} label="Question" multiline />
      <FormControl>
        <FormLabel id={kindLabel}>Answers</FormLabel>
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <RadioGroup row aria-labelledby={kindLabel} {...field}>
              <FormControlLabel value="single" control={<Radio />} label="One correct option" />
              <FormControlLabel value="multiple" control={<Radio />} label="Several correct options" />
            </RadioGroup>
          )}
        />
      </FormControl>
      <OptionFields
        control={control}
        path={path}
        single={kind === 'single'}
        warnings={warnings}
        newOptionId={newOptionId}
      />
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
