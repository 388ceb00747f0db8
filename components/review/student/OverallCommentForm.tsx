'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { useCallback } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import SaveStatus from '@/components/common/SaveStatus';
import { overallFieldKey } from '@/lib/review/review-session';
import { MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import { useReview } from '../ReviewContext';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';

const OverallSchema = z.object({
  comment: z
    .string()
    .max(MAX_ANSWER_LENGTH, `A comment can be at most ${MAX_ANSWER_LENGTH.toLocaleString('en')} characters.`),
});

/** The teacher's comment on the whole sheet, sent back in the student's feedback file. */
export default function OverallCommentForm({ studentKey, initial }: { studentKey: string; initial: string }) {
  const { session, setOverallComment } = useReview();
  const {
    register,
    subscribe,
    formState: { errors },
  } = useForm<z.infer<typeof OverallSchema>>({
    resolver: zodResolver(OverallSchema),
    defaultValues: { comment: initial },
    mode: 'onChange',
  });

  const save = useCallback(
    (values: z.infer<typeof OverallSchema>) => setOverallComment(studentKey, values.comment),
    [setOverallComment, studentKey],
  );
  useSaveWhenValid(subscribe, OverallSchema, save);

  const { ref, ...field } = register('comment');
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 1 }}>
      <TextField
        {...field}
        inputRef={ref}
        label="Overall comment"
        multiline
        minRows={2}
        fullWidth
        error={Boolean(errors.comment)}
        helperText={errors.comment?.message ?? 'Sent to the student with their feedback file.'}
        slotProps={{ htmlInput: { maxLength: MAX_ANSWER_LENGTH } }}
      />
      <SaveStatus source={session} fieldKey={overallFieldKey(studentKey)} variant="field" />
    </Box>
  );
}
