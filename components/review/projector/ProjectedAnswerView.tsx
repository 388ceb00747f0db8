'use client';
import Box from '@mui/material/Box';
import type { ProjectedAnswer } from '@/lib/review/projection';

const LARGE = 'max(40px, 2.6vw)';

/** One answer in large type: the student's text, the options they chose, or the sentences they marked. */
export default function ProjectedAnswerView({ answer }: { answer: ProjectedAnswer }) {
  if (answer.kind === 'text') {
    return (
      <Box
        sx={{ fontSize: LARGE, lineHeight: 1.4, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '60ch' }}
      >
        {answer.text}
      </Box>
    );
  }
  const items = answer.kind === 'choice' ? answer.options : answer.sentences;
  return (
    <Box>
      <Box sx={{ mb: 2 }}>{answer.kind === 'choice' ? 'Chose:' : 'Marked:'}</Box>
      <Box
        component="ul"
        sx={{ m: 0, pl: '1.2em', fontSize: LARGE, lineHeight: 1.4, display: 'grid', gap: 2, maxWidth: '60ch' }}
      >
        {items.map((item, i) => (
          <li key={`${i}-${item}`}>{item}</li>
        ))}
      </Box>
      {items.length === 0 && <Box>Nothing chosen.</Box>}
    </Box>
  );
}
