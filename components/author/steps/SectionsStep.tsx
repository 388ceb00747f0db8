'use client';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SectionCard from '../structure/SectionCard';
import type { StepProps } from './types';

/** Step 2: paragraphs became sections; the teacher renames, merges and splits them, and fixes sentence boundaries. */
export default function SectionsStep({ draft, onChange }: StepProps) {
  if (draft.sections.length === 0)
    return <Typography>Paste the report in step 1 first: its paragraphs become the sections here.</Typography>;
  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: '65ch' }}>
        Each paragraph of the report starts as a section; students work through one section at a time. Sentences were
        split automatically: join two where the split is wrong (a quote, an abbreviation), or split one in two. The
        words themselves never change.
      </Typography>
      <Stack spacing={3}>
        {draft.sections.map((section, index) => (
          <SectionCard
            key={section.id}
            draft={draft}
            index={index}
            isLast={index === draft.sections.length - 1}
            onChange={onChange}
          />
        ))}
      </Stack>
    </>
  );
}
