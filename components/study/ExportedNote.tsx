'use client';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** Says where the answer file went, after "Export my answers". */
export default function ExportedNote({ fileName, onClose }: { fileName: string; onClose: () => void }) {
  return (
    <Snackbar
      open
      autoHideDuration={12_000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert severity="success" variant="filled" onClose={onClose} sx={{ maxWidth: 560 }}>
        Your answers were saved as “{fileName}” in your downloads. Hand the file in the way your teacher asked.
      </Alert>
    </Snackbar>
  );
}
