'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, type ReactNode } from 'react';

type Props = {
  open: boolean;
  onClose(): void;
  rows: readonly { labels: readonly string[]; does: string }[];
  /** A line under the table, e.g. where the keys work. */
  note?: ReactNode;
};

/** A "?" dialog listing keyboard shortcuts from the same table the key handler uses (deck and review). */
export default function ShortcutsDialog({ open, onClose, rows, note }: Props) {
  const titleId = useId();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Keyboard shortcuts</DialogTitle>
      {/* Focusable so that keyboard users can scroll it on a small screen. */}
      <DialogContent tabIndex={0}>
        <Box
          component="table"
          sx={{
            width: '100%',
            borderCollapse: 'collapse',
            '& th, & td': {
              textAlign: 'left',
              py: 1,
              pr: 2,
              borderBottom: 1,
              borderColor: 'divider',
              verticalAlign: 'top',
            },
          }}
        >
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">What they do</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.does}>
                <td>
                  {row.labels.map((label, i) => (
                    <span key={label}>
                      {i > 0 ? ' or ' : null}
                      <Box
                        component="kbd"
                        sx={{
                          px: 0.75,
                          py: 0.25,
                          border: 1,
                          borderColor: 'divider',
                          borderRadius: 1,
                          fontFamily: 'inherit',
                          fontWeight: 700,
                          whiteSpace: 'nowrap',
                        }}
                      >
                        {label}
                      </Box>
                    </span>
                  ))}
                </td>
                <td>{row.does}</td>
              </tr>
            ))}
          </tbody>
        </Box>
        {note && (
          <Box component="p" sx={{ mt: 2, mb: 0 }}>
            {note}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
