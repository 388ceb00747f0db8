'use client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId } from 'react';
import { plural } from '@/lib/review/format';

type Props = { open: boolean; studentCount: number; onCancel(): void; onConfirm(): void };

/** Asks before the class's answers and all feedback are removed from this browser. */
export default function ClearReviewDialog({ open, studentCount, onCancel, onConfirm }: Props) {
  const titleId = useId();
  const textId = useId();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} aria-describedby={textId}>
      <DialogTitle id={titleId}>Clear the review data?</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          This removes the answers of {plural(studentCount, 'student')} and all your scores and comments for this lesson
          from this browser. It cannot be undone. Export the marks and the feedback files first if you still need them.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          Keep everything
        </Button>
        <Button onClick={onConfirm} color="error" variant="contained">
          Clear review data
        </Button>
      </DialogActions>
    </Dialog>
  );
}
