'use client';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import { plural } from '@/lib/text/plural';

type Props = { open: boolean; studentCount: number; onCancel(): void; onConfirm(): void };

/** Asks before the class's answers and all feedback are removed from this browser. */
export default function ClearReviewDialog({ open, studentCount, onCancel, onConfirm }: Props) {
  return (
    <ConfirmDialog
      open={open}
      title="Clear the review data?"
      confirmLabel="Clear review data"
      cancelLabel="Keep everything"
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      This removes the answers of {plural(studentCount, 'student')} and all your scores and comments for this lesson
      from this browser. It cannot be undone. Export the marks and the feedback files first if you still need them.
    </ConfirmDialog>
  );
}
