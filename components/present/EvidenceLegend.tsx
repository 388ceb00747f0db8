import Box from '@mui/material/Box';
import { EVIDENCE_KINDS } from '@/lib/lessons/analysis';
import { SLIDE_TYPE } from '@/lib/present/layout';
import { EVIDENCE_MARKS, MARK_STYLES, MarkBadge } from './evidenceMarks';

/** The key to the evidence marks, in the slide's footer while the marks are on; at the body size, for the back row. */
export default function EvidenceLegend() {
  return (
    <Box
      component="ul"
      aria-label="Evidence marks"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '0.2em 1.3em',
        m: 0,
        p: 0,
        listStyle: 'none',
        lineHeight: SLIDE_TYPE.body.lineHeight,
      }}
    >
      {EVIDENCE_KINDS.map((kind) => (
        <Box component="li" key={kind} sx={{ display: 'flex', alignItems: 'baseline', color: 'var(--p-text)' }}>
          <MarkBadge colour={EVIDENCE_MARKS[kind].colour}>{EVIDENCE_MARKS[kind].badge}</MarkBadge>
          <Box component="span" sx={MARK_STYLES[kind]}>
            {EVIDENCE_MARKS[kind].label}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
