'use client';
import dynamic from 'next/dynamic';
import Box from '@mui/material/Box';
import { useId, useState } from 'react';
import type { GlossaryTerm as Term } from '@/lib/lessons/glossary';

// Loaded on the first press: the popover (and MUI's modal) is not needed to show the page.
const GlossaryPopover = dynamic(() => import('./GlossaryPopover'), { ssr: false });

/**
 * A glossary term as a button: pressing it (mouse, Enter or Space) opens its definition in a
 * popover that takes focus and closes with Escape, giving focus back. Not a hover tooltip, so it
 * works by keyboard, by touch and with a screen reader.
 */
export default function GlossaryTerm({ term, fontSize }: { term: Term; fontSize?: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const id = useId();
  return (
    <>
      <Box
        component="button"
        type="button"
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-controls={anchor ? id : undefined}
        onClick={(event: React.MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        sx={{
          font: 'inherit',
          fontSize,
          color: 'inherit',
          background: 'none',
          border: 0,
          p: 0,
          cursor: 'pointer',
          textDecoration: 'underline dotted',
          textUnderlineOffset: '0.2em',
          textDecorationThickness: '0.1em',
          '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
        }}
      >
        {term.term}
      </Box>
      {anchor && <GlossaryPopover id={id} term={term} anchor={anchor} onClose={() => setAnchor(null)} />}
    </>
  );
}
