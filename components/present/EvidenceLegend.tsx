import Box from '@mui/material/Box';
import { EVIDENCE_KINDS } from '@/lib/lessons/analysis';
import { EVIDENCE_MARKS, MARK_STYLES, MarkBadge } from './evidenceMarks';

/** The key to the evidence marks, in the slide's footer while the marks are on. */
export default function EvidenceLegend() {
  return (
    <Box component="ul" aria-label="Evidence marks" sx={{ display: 'flex', flexWrap: 'wrap', gap: '0.4em 1.6em', m: 0, p: 0, listStyle: 'none', fontSize: '1.2em' }}>
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
