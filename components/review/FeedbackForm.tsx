'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useId, useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import SaveStatus from '@/components/common/SaveStatus';
import { MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import {
  changedFieldOnly,
  feedbackFor,
  FeedbackFormSchema,
  fromForm,
  toForm,
  type FeedbackForm as FeedbackFormValues,
} from '@/lib/review/feedback';
import type { FeedbackValue } from '@/lib/schemas/review';
import { answerFieldKey } from '@/lib/review/review-session';
import { useReview } from './ReviewContext';
import ReusableComments from './scoring/ReusableComments';
import { useScoringContext } from './scoring/ScoringContext';
import { ANSWER_COMMENT_ATTRIBUTE } from './scoring/useScoringKeys';
import { useSaveWhenValid } from '@/components/common/useSaveWhenValid';

type Props = { studentKey: string; questionId: string; initial: FeedbackValue };

/** A score from the lesson's rubric and a comment on one answer, saved as the teacher types. */
export default function FeedbackForm({ studentKey, questionId, initial }: Props) {
  const { index, session, setAnswerFeedback } = useReview();
  const id = useId();
  const rubricIds = useMemo(() => new Set(index.lesson.rubric.map((l) => l.id)), [index]);
  const {
    control,
    register,
    subscribe,
    getValues,
    setValue,
    formState: { errors },
  } = useForm<FeedbackFormValues>({
    resolver: zodResolver(FeedbackFormSchema),
    defaultValues: toForm(initial),
    mode: 'onChange',
  });

  // Only the field the teacher changed: the other may be stale since another tab's edit. A form
  // showing what is stored (following a value given elsewhere) has nothing to save.
  const save = useCallback(
    (values: FeedbackFormValues, changed: string | undefined) => {
      const current = toForm(feedbackFor(session.getSnapshot().feedback, studentKey, questionId));
      const next = changedFieldOnly(values, current, changed);
      if (next.levelId === current.levelId && next.comment === current.comment) return;
      setAnswerFeedback(studentKey, questionId, fromForm(next, rubricIds));
    },
    [session, setAnswerFeedback, studentKey, questionId, rubricIds],
  );
  useSaveWhenValid(subscribe, FeedbackFormSchema, save);

  // A score given elsewhere (a shortcut, a suggestion accepted, the group's form, another tab) shows here too.
  const { levelId: givenLevel, comment: givenComment } = toForm(initial);
  useEffect(() => {
    if (getValues('levelId') !== givenLevel) setValue('levelId', givenLevel);
    if (getValues('comment') !== givenComment) setValue('comment', givenComment);
  }, [givenLevel, givenComment, getValues, setValue]);

  const { comments } = useScoringContext();
  const { ref: commentRef, ...comment } = register('comment');
  return (
    <Box component="form" noValidate onSubmit={(e) => e.preventDefault()} sx={{ display: 'grid', gap: 1.5 }}>
      <FormControl component="fieldset" sx={{ minWidth: 0 }}>
        <FormLabel
          component="legend"
          id={`${id}-score`}
          sx={{ fontSize: (theme) => theme.typography.note.fontSize, fontWeight: 600, color: 'text.primary' }}
        >
          Score
        </FormLabel>
        <Controller
          control={control}
          name="levelId"
          render={({ field }) => (
            <RadioGroup row aria-labelledby={`${id}-score`} {...field} sx={{ columnGap: 1 }}>
              {index.lesson.rubric.map((level) => (
                <FormControlLabel
                  key={level.id}
                  value={level.id}
                  control={<Radio size="small" />}
                  label={level.label}
                />
              ))}
              <FormControlLabel value="" control={<Radio size="small" />} label="No score" />
            </RadioGroup>
          )}
        />
        {initial.origin === 'suggested-accepted' && (
          <Typography variant="note" color="text.secondary">
            Accepted from the key’s suggestion
          </Typography>
        )}
      </FormControl>
      <TextField
        {...comment}
        inputRef={commentRef}
        id={`${id}-comment`}
        label="Comment"
        multiline
        fullWidth
        error={Boolean(errors.comment)}
        helperText={errors.comment?.message}
        // A plain textarea, resizable by hand: MUI's auto-growing one measures the layout on every
        // render, which makes switching questions slow with twenty of them on a page.
        slotProps={{
          input: { inputComponent: 'textarea' },
          htmlInput: {
            [ANSWER_COMMENT_ATTRIBUTE]: '',
            type: undefined,
            rows: 2,
            maxLength: MAX_ANSWER_LENGTH,
            style: { resize: 'vertical' },
          },
        }}
      />
      <ReusableComments
        comments={comments}
        current={givenComment}
        onUse={(text) => setValue('comment', text, { shouldDirty: true })}
      />
      <SaveStatus source={session} fieldKey={answerFieldKey(studentKey, questionId)} variant="field" />
    </Box>
  );
}
