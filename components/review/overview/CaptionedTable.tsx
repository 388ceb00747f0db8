'use client';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import { useId, type ReactNode } from 'react';

type Props = { caption: string; minWidth: number; children: ReactNode };

/**
 * A small table with its caption on top, in a region that scrolls sideways on its own: a narrow
 * screen scrolls the table, not the page, and a keyboard user can focus the region to scroll it.
 */
export default function CaptionedTable({ caption, minWidth, children }: Props) {
  const captionId = useId();
  return (
    <Box
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      sx={{ overflowX: 'auto', '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' } }}
    >
      <Table size="small" sx={{ minWidth }}>
        <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', padding: '0 0 8px', fontWeight: 700 }}>
          {caption}
        </caption>
        {children}
      </Table>
    </Box>
  );
}
