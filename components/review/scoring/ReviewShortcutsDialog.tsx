'use client';
import { useMemo } from 'react';
import { scoringShortcuts } from '@/lib/review/scoring-keys';
import ShortcutsDialog from '@/components/common/ShortcutsDialog';

type Props = {
  open: boolean;
  onClose(): void;
  /** The rubric's labels, lowest points first (`levelsByRank(rubric).map((l) => l.label)`). */
  levelLabels: readonly string[];
};

/** The review's "?" dialog: the scoring keys, from the same table useScoringKeys reads. */
export default function ReviewShortcutsDialog({ open, onClose, levelLabels }: Props) {
  const rows = useMemo(() => scoringShortcuts(levelLabels), [levelLabels]);
  return (
    <ShortcutsDialog
      open={open}
      onClose={onClose}
      rows={rows}
      note="The keys work while an answer, or a button or score inside it, has the focus; never while you type in a comment."
    />
  );
}
