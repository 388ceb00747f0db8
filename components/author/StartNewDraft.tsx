'use client';
import Button from '@mui/material/Button';
import { useState } from 'react';
import ConfirmDialog from '@/components/common/ConfirmDialog';

type Props = { onConfirm: () => void };

/** "Start a new draft" asks first: the draft in this browser is replaced. */
export default function StartNewDraft({ onConfirm }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Start a new draft</Button>
      <ConfirmDialog
        open={open}
        title="Start a new draft?"
        confirmLabel="Start a new draft"
        cancelLabel="Keep this draft"
        onCancel={() => setOpen(false)}
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        The draft in this browser will be deleted. Download it first (step 6) if you want to keep it.
      </ConfirmDialog>
    </>
  );
}
