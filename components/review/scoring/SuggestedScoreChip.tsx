'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Suggestion } from '@/lib/review/suggested-score';

type Props = {
  suggestion: Pick<Suggestion, 'level' | 'reason' | 'alsoAccepted'>;
  /** Accept this one suggestion; leave out when the answer has a score already (a suggestion never replaces it). */
  onAccept?(): void;
  /** Whose answer, for the accept button's name: "Accept Met for Amira". */
  studentName?: string;
};

/**
 * The key's suggested score: a dashed outline and the word "Suggested", never a filled chip like a
 * given score, so it reads apart without relying on colour. The reason says what the key counted.
 */
export default function SuggestedScoreChip({ suggestion, onAccept, studentName }: Props) {
  const { level, reason, alsoAccepted } = suggestion;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.75 }}>
      <Box
        component="span"
        sx={{
          display: 'inline-flex',
          alignItems: 'baseline',
          gap: 0.75,
          px: 1.25,
          py: 0.25,
          border: '2px dashed',
          // text.secondary keeps the outline at 3:1 or more against the card in both schemes.
          borderColor: 'text.secondary',
          borderRadius: 999,
          color: 'text.primary',
        }}
      >
        <Box component="span" sx={{ fontSize: (theme) => theme.typography.small.fontSize }}>
          Suggested:
        </Box>
        <Box component="span" sx={{ fontWeight: 700 }}>
          {level.label}
        </Box>
      </Box>
      <Typography component="span" color="text.secondary" sx={{ fontSize: (theme) => theme.typography.note.fontSize }}>
        {reason}
      </Typography>
      {onAccept && (
        <Button
          size="small"
          variant="outlined"
          onClick={onAccept}
          aria-label={studentName ? `Accept “${level.label}” for ${studentName}` : `Accept “${level.label}”`}
        >
          Accept
        </Button>
      )}
      {alsoAccepted.length > 0 && (
        <Box
          component="ul"
          sx={{
            m: 0,
            pl: 2.5,
            flexBasis: '100%',
            fontSize: (theme) => theme.typography.note.fontSize,
            color: 'text.secondary',
          }}
        >
          {alsoAccepted.map((a) => (
            <li key={a.sentenceId}>Also accepted: {a.reason}</li>
          ))}
        </Box>
      )}
    </Box>
  );
}
