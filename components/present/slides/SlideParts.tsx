import Box from '@mui/material/Box';
import { SLIDE_SPACE, SLIDE_TYPE } from '@/lib/present/layout';
import { REVEAL_HINT_LABEL } from '@/lib/present/reveal-hint';

/** The slide's heading: an h2 (the page's h1 is the lesson title). */
/** The small upper-case label beside slide text: a claim's kind, a voice's role, the lesson's facts. */
export const eyebrowLook = {
  fontSize: `${SLIDE_TYPE.eyebrow.scale}em`,
  fontWeight: 700,
  letterSpacing: '0.06em',
  textTransform: 'uppercase',
  color: 'var(--p-muted)',
} as const;

export function SlideHeading({
  id,
  children,
  size = SLIDE_TYPE.heading,
}: {
  id: string;
  children: React.ReactNode;
  size?: { scale: number; lineHeight: number };
}) {
  return (
    <Box
      component="h2"
      id={id}
      sx={{
        m: 0,
        mb: `${SLIDE_SPACE.headingGap / size.scale}em`,
        fontSize: `${size.scale}em`,
        lineHeight: size.lineHeight,
        fontWeight: 700,
        letterSpacing: '-0.01em',
        maxWidth: `${SLIDE_SPACE.wideMeasure / size.scale}em`,
        textWrap: 'pretty',
      }}
    >
      {children}
    </Box>
  );
}

/** A list at the body size with a marker in the accent colour: a number, a letter or a dash. */
export function SlideList({ items, numbered = false }: { items: string[]; numbered?: boolean }) {
  return (
    <Box
      component={numbered ? 'ol' : 'ul'}
      sx={{
        m: 0,
        p: 0,
        listStyle: 'none',
        maxWidth: `${SLIDE_SPACE.wideMeasure}em`,
        counterReset: 'item',
        '& > li': {
          position: 'relative',
          pl: `${SLIDE_SPACE.listIndent}em`,
          mb: `${SLIDE_SPACE.listGap}em`,
          counterIncrement: 'item',
          textWrap: 'pretty',
        },
        '& > li::before': {
          content: numbered ? 'counter(item)' : '""',
          position: 'absolute',
          left: 0,
          color: 'var(--p-accent)',
          fontWeight: 700,
          ...(numbered
            ? {}
            : { top: '0.68em', width: '0.55em', height: '0.14em', borderRadius: '0.07em', bgcolor: 'var(--p-accent)' }),
        },
      }}
    >
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </Box>
  );
}

/** A quiet panel with a small label in `colour` over its content. */
function Panel({ label, colour, children }: { label: string; colour: string; children: React.ReactNode }) {
  return (
    <Box
      component="section"
      aria-label={label}
      sx={{
        mt: '0.4em',
        py: '0.8em',
        px: '1.1em',
        maxWidth: `${SLIDE_SPACE.wideMeasure + 2.2}em`,
        bgcolor: 'var(--p-surface)',
        borderRadius: '0.35em',
        borderLeft: `0.22em solid ${colour}`,
      }}
    >
      <Box
        component="p"
        aria-hidden
        data-label
        sx={{
          m: 0,
          mb: '0.5em',
          fontSize: `${SLIDE_TYPE.eyebrow.scale}em`,
          lineHeight: SLIDE_TYPE.eyebrow.lineHeight,
          fontWeight: 700,
          letterSpacing: '0.08em',
          textTransform: 'uppercase',
          color: colour,
        }}
      >
        {label}
      </Box>
      {children}
    </Box>
  );
}

/** Key points, shown once the teacher reveals them (K). */
export function KeyPointsPanel({ keyPoints }: { keyPoints: string[] }) {
  if (keyPoints.length === 0) return null;
  return (
    <Panel label="Key points" colour="var(--p-answer)">
      <SlideList items={keyPoints} />
    </Panel>
  );
}

/** Stands in for a body that is all hidden until the reveal, saying what is hidden and how to show it. */
export function RevealHint({ text }: { text: string }) {
  return (
    <Panel label={REVEAL_HINT_LABEL} colour="var(--p-muted)">
      <Box
        component="p"
        sx={{ m: 0, maxWidth: `${SLIDE_SPACE.wideMeasure}em`, color: 'var(--p-muted)', textWrap: 'pretty' }}
      >
        {text}
      </Box>
    </Panel>
  );
}

/** A line such as a mark question's target: a bold label and the text. */
export function LabelledLine({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Box component="p" sx={{ m: 0, mb: `${SLIDE_SPACE.paragraphGap}em`, maxWidth: `${SLIDE_SPACE.wideMeasure}em` }}>
      <Box component="strong" sx={{ color: 'var(--p-accent)' }}>
        {label}
      </Box>{' '}
      {children}
    </Box>
  );
}
