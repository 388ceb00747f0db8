'use client';
import Popover from '@mui/material/Popover';
import Typography from '@mui/material/Typography';
import type { GlossaryTerm as Term } from '@/lib/lessons/glossary';

type Props = { id: string; term: Term; anchor: HTMLElement; onClose: () => void };

/** A term's definition in a popover that takes focus and closes with Escape, giving focus back. */
export default function GlossaryPopover({ id, term, anchor, onClose }: Props) {
  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{
        paper: { id, role: 'dialog', 'aria-labelledby': `${id}-term`, sx: { p: 2, maxWidth: 420 } },
      }}
    >
      <Typography id={`${id}-term`} sx={{ fontWeight: 700, mb: 0.5 }}>
        {term.term}
      </Typography>
      <Typography>{term.definition}</Typography>
      {term.notThis && (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          {term.notThis}
        </Typography>
      )}
    </Popover>
  );
}
