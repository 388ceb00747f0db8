'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { sourceGaps } from '@/lib/author/source-gaps';
import type { DraftSource } from '@/lib/schemas/lesson-draft';

/** What the source leaves out, live: each gap goes into the lesson's source description as a teaching point. */
export default function SourceGapsList({ source }: { source: DraftSource }) {
  const gaps = sourceGaps(source);
  return (
    <Box component="section" aria-labelledby="source-gaps-heading">
      <Typography id="source-gaps-heading" variant="groupTitle" component="h3" gutterBottom>
        What a reader cannot check
      </Typography>
      {gaps.length === 0 ? (
        <Typography color="text.secondary">Every source field is filled in.</Typography>
      ) : (
        <>
          <Typography variant="note" color="text.secondary" sx={{ display: 'block', mb: 1 }}>
            Recorded as teaching points in the lesson’s description of its source:
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 3 }}>
            {gaps.map((gap) => (
              <li key={gap.field}>{gap.teachingPoint}</li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
