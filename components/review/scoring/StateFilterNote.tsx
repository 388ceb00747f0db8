'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { AnswerState } from '@/lib/review/scoring-progress';
import { plural } from '@/lib/text/plural';

export const STATE_LABELS: Record<Exclude<AnswerState, 'unanswered'>, string> = {
  scored: 'scored',
  suggested: 'with a suggested score',
  'needs-a-look': 'that need a look',
};

type Props = { state: Exclude<AnswerState, 'unanswered'>; count: number; onShowAll(): void };

/** Says that the list shows only the answers chosen in the class overview, and undoes it. */
export default function StateFilterNote({ state, count, onShowAll }: Props) {
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onShowAll}>
          Show all answers
        </Button>
      }
    >
      Showing the {plural(count, 'answer')} {STATE_LABELS[state]} (chosen in the class overview).
    </Alert>
  );
}
