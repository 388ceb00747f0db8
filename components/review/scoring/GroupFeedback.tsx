'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { levelsByRank } from '@/lib/review/scoring-keys';
import { MAX_ANSWER_LENGTH } from '@/lib/schemas/answer';
import { plural } from '@/lib/text/plural';
import { useReview } from '../ReviewContext';

type Props = {
  questionId: string;
  studentKeys: readonly string[];
  /** The level every student of the group has (its button shows pressed), or null. */
  sharedLevelId: string | null;
};

/** A score or a comment for every student of a group of identical answers; each can still be changed alone. */
export default function GroupFeedback({ questionId, studentKeys, sharedLevelId }: Props) {
  const { index, session } = useReview();
  const id = useId();
  const [comment, setComment] = useState('');
  const levels = levelsByRank(index.lesson.rubric);
  const who = studentKeys.length === 1 ? 'this student' : `all ${plural(studentKeys.length, 'student')}`;
  return (
    <Box sx={{ display: 'grid', gap: 1.25 }}>
      <Box role="group" aria-labelledby={`${id}-score`} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Typography id={`${id}-score`} component="span" variant="note" sx={{ fontWeight: 600, alignSelf: 'center' }}>
          Score {who}:
        </Typography>
        {levels.map((level) => (
          <Button
            key={level.id}
            size="small"
            variant={sharedLevelId === level.id ? 'contained' : 'outlined'}
            aria-pressed={sharedLevelId === level.id}
            onClick={() => session.setGroupFeedback(studentKeys, questionId, { levelId: level.id })}
          >
            {level.label}
          </Button>
        ))}
      </Box>
      <Box
        component="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (comment.trim() === '') return;
          session.setGroupFeedback(studentKeys, questionId, { comment });
          setComment('');
        }}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}
      >
        <TextField
          size="small"
          label={`Comment for ${who}`}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          slotProps={{ htmlInput: { maxLength: MAX_ANSWER_LENGTH } }}
          sx={{ flex: '1 1 16rem' }}
        />
        <Button type="submit" variant="outlined">
          Give this comment
        </Button>
      </Box>
    </Box>
  );
}
