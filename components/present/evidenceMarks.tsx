import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import Box from '@mui/material/Box';
import type { EvidenceKind } from '@/lib/lessons/analysis';

/**
 * How each kind of evidence is marked in the projected text. Each has its own line style and
 * badge as well as its own colour, so the marks still read in greyscale or for colour-blind
 * students: quote = solid underline and “, anonymised person = a marker behind the text and a
 * crossed eye, legal claim = wavy line further below and §. The styles do not collide, so a
 * sentence that is all three shows all three. Key sentences of a question: double underline and ✓.
 */
export const EVIDENCE_MARKS: Record<EvidenceKind, { label: string; colour: string; badge: React.ReactNode }> = {
  quote: { label: 'Direct quote', colour: 'var(--p-quote)', badge: '“' },
  anonymised: {
    label: 'Anonymised person',
    colour: 'var(--p-anonymised)',
    badge: <VisibilityOffOutlined sx={{ fontSize: '1.15em', display: 'block' }} />,
  },
  legal: { label: 'Legal claim', colour: 'var(--p-legal)', badge: '§' },
};

export const ANSWER_MARK = { label: 'Key sentence', colour: 'var(--p-answer)', badge: '✓' } as const;
/** Outside the key but a fair answer: same colour as the key, told apart by its badge and dotted line. */
export const ACCEPTED_MARK = { label: 'Also accepted', colour: 'var(--p-answer)', badge: '≈' } as const;

/** The line style of each mark, applied to the span around a sentence's text. */
export const MARK_STYLES = {
  quote: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'solid',
    textDecorationColor: 'var(--p-quote)',
    textDecorationThickness: '0.09em',
    textUnderlineOffset: '0.2em',
  },
  legal: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: 'var(--p-legal)',
    textDecorationThickness: '0.055em',
    textUnderlineOffset: '0.42em',
    textDecorationSkipInk: 'none',
  },
  anonymised: {
    backgroundColor: 'var(--p-anonymised-tint)',
    borderRadius: '0.2em',
    px: '0.1em',
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
  },
  answer: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'double',
    textDecorationColor: 'var(--p-answer)',
    textDecorationThickness: '0.07em',
    textUnderlineOffset: '0.22em',
  },
  accepted: {
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    textDecorationColor: 'var(--p-answer)',
    textDecorationThickness: '0.09em',
    textUnderlineOffset: '0.22em',
  },
} as const;

/** A small outlined badge before a marked sentence; decorative (the words are given to screen readers). */
export function MarkBadge({ colour, children }: { colour: string; children: React.ReactNode }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        minWidth: '1.45em',
        height: '1.3em',
        px: '0.25em',
        mr: '0.3em',
        fontSize: '0.7em',
        fontWeight: 800,
        lineHeight: 1,
        verticalAlign: 'middle',
        color: colour,
        border: `0.12em solid ${colour}`,
        borderRadius: '0.65em',
      }}
    >
      {children}
    </Box>
  );
}
