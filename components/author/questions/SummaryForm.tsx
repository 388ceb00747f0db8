'use client';
import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { fieldIdOf } from '@/lib/author/draft-fields';
import { SummaryFormSchema } from '@/lib/author/question-form';
import FormText from './FormText';
import { useFormSave } from './useFormSave';

type Props = { sectionIndex: number; summary: string; onSave: (summary: string) => void };

/** The section's one-line summary, for the table of contents and the presenter view. */
export default function SummaryForm({ sectionIndex, summary, onSave }: Props) {
  const initial = useMemo(() => ({ summary }), [summary]);
  const { control } = useFormSave(SummaryFormSchema, initial, (form) => onSave(form.summary.trim()));
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()}>
      <FormText
        control={control}
        name="summary"
        id={fieldIdOf(['sections', sectionIndex, 'summary'])}
        label="Summary"
        helperText="One line for the table of contents and the presenter view."
      />
    </Box>
  );
}
