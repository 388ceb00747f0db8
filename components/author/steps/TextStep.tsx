'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import PlainTextarea from '@/components/common/PlainTextarea';
import { structureIsUntouched, withSource, withText } from '@/lib/author/draft-structure';
import { IdSchema } from '@/lib/schemas/lesson';
import { MAX_REPORT_LENGTH } from '@/lib/schemas/lesson-draft';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';
import SourceGapsList from './SourceGapsList';
import type { StepProps } from './types';

const SourceField = z.string().max(2000, 'at most 2,000 characters');
const TextFormSchema = z.object({
  id: IdSchema,
  title: SourceField,
  outlet: SourceField,
  author: SourceField,
  date: SourceField,
  link: SourceField,
  text: z.string().max(MAX_REPORT_LENGTH, `at most ${MAX_REPORT_LENGTH.toLocaleString('en')} characters`),
});
type TextForm = z.infer<typeof TextFormSchema>;

const FIELDS = [
  { name: 'title', label: 'Title', hint: '' },
  { name: 'outlet', label: 'Outlet', hint: 'Who published it' },
  { name: 'author', label: 'Author', hint: 'The byline' },
  { name: 'date', label: 'Date', hint: '' },
  { name: 'link', label: 'Link', hint: '' },
] as const;

/** Step 1: the report, pasted as it is, and where it comes from. Empty source fields become teaching points. */
export default function TextStep({ draft, onChange }: StepProps) {
  const id = useId();
  const untouched = useMemo(() => structureIsUntouched(draft), [draft]);
  const [asking, setAsking] = useState(false);
  const {
    register,
    subscribe,
    setValue,
    formState: { errors },
  } = useForm<TextForm>({
    resolver: zodResolver(TextFormSchema),
    mode: 'onChange',
    defaultValues: {
      id: draft.id,
      title: draft.source.title ?? '',
      outlet: draft.source.outlet ?? '',
      author: draft.source.author ?? '',
      date: draft.source.date ?? '',
      link: draft.source.link ?? '',
      text: draft.text,
    },
  });

  useSaveWhenValid(subscribe, TextFormSchema, ({ id: lessonId, text, ...source }) => {
    let next = withSource({ ...draft, id: lessonId }, source);
    if (text !== draft.text && untouched) next = withText(next, text);
    onChange(next);
  });

  const replaceReport = () => {
    setAsking(false);
    setValue('text', '');
    onChange(withText(draft, ''));
  };

  const { ref: idRef, ...idField } = register('id');
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 3 }}>
      <Box>
        <Typography component="label" htmlFor={`${id}-text`} variant="legend" sx={{ display: 'block', mb: 0.5 }}>
          The report
        </Typography>
        <Typography id={`${id}-text-hint`} variant="note" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
          Paste it exactly as published, with a blank line between paragraphs. It is kept word for word: the editor only
          marks where sections and sentences begin.
          {!untouched && ' It is locked now that you have changed its sections or analysis.'}
        </Typography>
        <PlainTextarea
          id={`${id}-text`}
          {...register('text')}
          readOnly={!untouched}
          aria-describedby={`${id}-text-hint${errors.text ? ` ${id}-text-error` : ''}`}
          aria-invalid={Boolean(errors.text)}
          spellCheck={false}
          sx={{ minHeight: '12lh' }}
        />
        {errors.text && (
          <Typography id={`${id}-text-error`} color="error" variant="note">
            {errors.text.message}
          </Typography>
        )}
        {!untouched && (
          <Button sx={{ mt: 1 }} onClick={() => setAsking(true)}>
            Replace the report…
          </Button>
        )}
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2 }}>
        <Typography component="legend" variant="legend" sx={{ mb: 1 }}>
          Where it comes from (each optional)
        </Typography>
        {FIELDS.map(({ name, label, hint }) => {
          const { ref, ...field } = register(name);
          return (
            <TextField
              key={name}
              {...field}
              inputRef={ref}
              label={label}
              type={name === 'link' ? 'url' : 'text'}
              error={Boolean(errors[name])}
              helperText={errors[name]?.message ?? hint}
              fullWidth
            />
          );
        })}
      </Box>
      <SourceGapsList source={draft.source} />
      <TextField
        {...idField}
        inputRef={idRef}
        label="Lesson id"
        error={Boolean(errors.id)}
        helperText={errors.id?.message ?? 'Names the lesson file, e.g. "court-bans-app". Lower-case words and hyphens.'}
        fullWidth
      />
      <ConfirmDialog
        open={asking}
        title="Replace the report?"
        confirmLabel="Replace the report"
        cancelLabel="Keep it"
        onCancel={() => setAsking(false)}
        onConfirm={replaceReport}
      >
        The report, its sections and the analysis of every sentence will be removed, so you can paste another report.
      </ConfirmDialog>
    </Box>
  );
}
