'use client';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { fieldIdOf } from '@/lib/author/draft-fields';
import { PROMPT_COUNT, PromptsFormSchema, promptsFromForm, promptsToForm } from '@/lib/author/question-form';
import type { Prompt } from '@/lib/schemas/lesson';
import FormText from './FormText';
import PathField from './PathField';
import { useFormSave } from './useFormSave';

type Props = {
  sectionIndex: number;
  prompts: Prompt[];
  onSave: (prompts: Prompt[]) => void;
  newPromptId: (taken: string[]) => string;
};

/** The section's discussion prompts (2-4), for the class and the projected deck. */
export default function PromptsForm({ sectionIndex, prompts, onSave, newPromptId }: Props) {
  const path = ['sections', sectionIndex, 'prompts'];
  const initial = useMemo(() => promptsToForm(prompts), [prompts]);
  const { control } = useFormSave(PromptsFormSchema, initial, (form) => onSave(promptsFromForm(prompts, form)));
  const { fields, append, remove } = useFieldArray({ control, name: 'prompts' });
  const values = useWatch({ control, name: 'prompts' });
  const count = values.length;
  const outOfRange = count < PROMPT_COUNT.min || count > PROMPT_COUNT.max;
  return (
    <Box
      component="form"
      noValidate
      onSubmit={(e) => e.preventDefault()}
      id={fieldIdOf(path)}
      tabIndex={-1}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <Typography variant="groupTitle" component="h4">
        Discussion prompts
      </Typography>
      {outOfRange && (
        <Alert severity="warning">
          A section needs {PROMPT_COUNT.min}-{PROMPT_COUNT.max} discussion prompts; this one has {count}.
        </Alert>
      )}
      {fields.map((field, i) => (
        <Box key={field.id} sx={{ display: 'grid', gap: 0.5 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <FormText
              control={control}
              name={`prompts.${i}.text`}
              id={fieldIdOf([...path, i, 'text'])}
              label={`Prompt ${i + 1}`}
              multiline
            />
            <IconButton aria-label={`Remove prompt ${i + 1}`} onClick={() => remove(i)}>
              <DeleteOutlined />
            </IconButton>
          </Box>
          <PathField control={control} name={`prompts.${i}.path`} id={fieldIdOf([...path, i, 'path'])} />
        </Box>
      ))}
      <div>
        <Button
          size="small"
          startIcon={<Add aria-hidden />}
          disabled={count >= PROMPT_COUNT.max}
          onClick={() => append({ id: newPromptId(values.map((v) => v.id)), path: 'core', text: '' })}
        >
          Add a prompt
        </Button>
      </div>
    </Box>
  );
}
