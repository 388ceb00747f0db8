'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { activateUpdate, registerServiceWorker } from '@/lib/browser/service-worker';

/**
 * Keeps the site available offline, and says when a new version is ready. It never reloads by
 * itself: a student mid-answer reloads when they like (their answers are saved as they type).
 */
export default function UpdatePrompt() {
  const [ready, setReady] = useState(false);
  useEffect(() => registerServiceWorker(() => setReady(true)), []);

  // The live region is always there (so the message is announced) and holds the prompt once ready.
  return (
    <Box
      role="status"
      className="no-print"
      sx={{ position: 'fixed', insetInline: '16px', bottom: 16, zIndex: 1400, maxWidth: 420 }}
    >
      {ready && (
        <Paper
          variant="outlined"
          sx={{ p: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, boxShadow: 3 }}
        >
          <Typography sx={{ flex: 1 }}>A new version is ready. Reload when you like.</Typography>
          <Button variant="contained" onClick={() => void activateUpdate()}>
            Reload
          </Button>
        </Paper>
      )}
    </Box>
  );
}
