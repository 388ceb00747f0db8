'use client';
import Box from '@mui/material/Box';
import type { GlossaryTerm as Term } from '@/lib/lessons/glossary';
import GlossaryTerm from './GlossaryTerm';

/** "Terms here:" and each glossary term as a button that opens its definition. */
export default function TermsHere({ terms, fontSize, sx }: { terms: Term[]; fontSize?: string; sx?: object }) {
  if (terms.length === 0) return null;
  return (
    <Box
      component="p"
      data-glossary-terms
      sx={{ m: 0, display: 'flex', flexWrap: 'wrap', columnGap: '0.8em', rowGap: '0.3em', fontSize, ...sx }}
    >
      <Box component="span" sx={{ fontWeight: 700 }}>
        Terms here:
      </Box>
      {terms.map((t) => (
        <GlossaryTerm key={t.term} term={t} />
      ))}
    </Box>
  );
}
