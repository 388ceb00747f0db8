'use client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { DamagedDraft } from '@/lib/author/draft-session';

type Props = { damaged: DamagedDraft; onDismiss: () => void };

/** Downloads the unreadable draft exactly as it was stored, so the teacher can keep or send it. */
export function downloadDamaged(raw: string) {
  const url = URL.createObjectURL(new Blob([raw], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'unreadable-draft.json';
  link.click();
  URL.revokeObjectURL(url);
}

/** Says plainly that a saved draft could not be read, where it is, and how to keep a copy. */
export default function DamagedDraftNotice({ damaged, onDismiss }: Props) {
  return (
    <Alert
      severity="warning"
      sx={{ mb: 3 }}
      action={
        <Button color="inherit" size="small" onClick={() => downloadDamaged(damaged.raw)}>
          Download it
        </Button>
      }
      onClose={damaged.keptAside ? onDismiss : undefined}
    >
      The draft saved in this browser could not be opened: {damaged.detail}.{' '}
      {damaged.keptAside
        ? 'It is kept aside in this browser, and nothing was deleted.'
        : 'It is left as it was and nothing will be saved over it until you start a new draft.'}
    </Alert>
  );
}
