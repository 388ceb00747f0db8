'use client';
import Box from '@mui/material/Box';

export type MarkVerdict = 'found' | 'accepted' | 'missed' | 'extra';

const VERDICT_TEXT: Record<MarkVerdict, string> = {
  found: '✓ in the key',
  accepted: '✓ also accepted',
  missed: '✗ missed: in the key',
  extra: '✗ not in the key',
};

type Props = { text: string; marked: boolean; verdict: MarkVerdict | null; onToggle: () => void };

/**
 * One sentence that can be marked. An inline checkbox (a span, so long sentences wrap like text).
 * Marked sentences are shown by a tick, a background and an underline, never by colour alone.
 */
export default function MarkableSentence({ text, marked, verdict, onToggle }: Props) {
  return (
    <>
      <Box
        component="span"
        role="checkbox"
        aria-checked={marked}
        tabIndex={0}
        onClick={onToggle}
        onKeyDown={(event: React.KeyboardEvent) => {
          if (event.key === ' ' || event.key === 'Enter') {
            event.preventDefault();
            onToggle();
          }
        }}
        sx={{
          cursor: 'pointer',
          borderRadius: 1,
          px: 0.25,
          boxDecorationBreak: 'clone',
          WebkitBoxDecorationBreak: 'clone',
          bgcolor: marked ? 'var(--mui-palette-primary-main)' : 'transparent',
          color: marked ? 'var(--mui-palette-primary-contrastText)' : 'inherit',
          textDecoration: marked ? 'underline' : 'none',
          textDecorationThickness: '2px',
          '&:hover': { bgcolor: marked ? undefined : 'action.hover' },
          '&:focus-visible': { outline: '3px solid', outlineColor: 'secondary.main', outlineOffset: '2px' },
        }}
      >
        {marked && (
          <Box component="span" aria-hidden sx={{ fontWeight: 700 }}>
            ✓{' '}
          </Box>
        )}
        {text}
      </Box>
      {verdict && (
        <Box
          component="span"
          sx={{
            ml: 0.5,
            px: 0.75,
            borderRadius: 1,
            fontFamily: 'inherit',
            fontSize: '0.8em',
            fontWeight: 700,
            whiteSpace: 'nowrap',
            border: 1,
            borderStyle: verdict === 'found' || verdict === 'accepted' ? 'solid' : 'dashed',
            color: verdict === 'found' || verdict === 'accepted' ? 'success.main' : 'error.main',
          }}
        >
          {VERDICT_TEXT[verdict]}
        </Box>
      )}
    </>
  );
}
