'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { SHORTCUTS } from '@/lib/present/keys';

/** The "?" dialog: every shortcut of the deck, from the same table the key handler uses. */
export default function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title" maxWidth="sm" fullWidth>
      <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
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
            {SHORTCUTS.map((s) => (
              <tr key={s.does}>
                <td>
                  {s.labels.map((label, i) => (
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
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </Box>
        <Box component="p" sx={{ mt: 2, mb: 0 }}>
          Presentation clickers work too: they send Page Down and Page Up. The presenter view takes the same keys.
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
