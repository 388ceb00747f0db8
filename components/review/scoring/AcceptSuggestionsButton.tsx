'use client';
import DoneAll from '@mui/icons-material/DoneAll';
import Button from '@mui/material/Button';

type Props = {
  /** Suggestions waiting on this question (`pendingSuggestions(...).length`). */
  count: number;
  onAccept(): void;
};

function buttonText(count: number): string {
  if (count === 0) return 'No suggestions left for this question';
  if (count === 1) return 'Accept the 1 suggestion for this question';
  return `Accept all ${count.toLocaleString('en')} suggestions for this question`;
}

/**
 * One action for every suggestion on a question; scores the teacher gave stay as they are. With
 * nothing left to accept the button stays in place (marked unavailable, not removed) so the focus
 * does not drop to the page after a click.
 */
export default function AcceptSuggestionsButton({ count, onAccept }: Props) {
  const empty = count === 0;
  return (
    <Button
      variant={empty ? 'outlined' : 'contained'}
      startIcon={<DoneAll aria-hidden />}
      aria-disabled={empty || undefined}
      onClick={empty ? undefined : onAccept}
      sx={empty ? { color: 'text.secondary', borderColor: 'divider', cursor: 'default' } : undefined}
    >
      {buttonText(count)}
    </Button>
  );
}
