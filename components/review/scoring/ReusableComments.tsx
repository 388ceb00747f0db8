'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

type Props = { comments: readonly string[]; current: string; onUse(comment: string): void };

/** The teacher's earlier comments on this question, one click each (the one already there is left out). */
export default function ReusableComments({ comments, current, onUse }: Props) {
  const id = useId();
  const offered = comments.filter((c) => c !== current.trim());
  if (offered.length === 0) return null;
  return (
    <Box role="group" aria-labelledby={id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.75 }}>
      <Typography id={id} component="span" variant="note" color="text.secondary">
        Use an earlier comment:
      </Typography>
      {offered.map((comment) => (
        <Button
          key={comment}
          size="small"
          variant="outlined"
          onClick={() => onUse(comment)}
          sx={{ textTransform: 'none', maxWidth: '100%', justifyContent: 'flex-start', textAlign: 'left' }}
        >
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {comment}
          </Box>
        </Button>
      ))}
    </Box>
  );
}
