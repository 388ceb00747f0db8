'use client';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import ExportButton from './ExportButton';
import { useStudy } from './StudyContext';

/** "Clear my answers" for shared classroom computers: asks first, and offers to export before clearing. */
export default function ClearAnswersDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { session } = useStudy();
  return (
    <ConfirmDialog
      open={open}
      title="Clear all your answers?"
      confirmLabel="Clear answers"
      onCancel={onClose}
      onConfirm={() => {
        session.clear();
        onClose();
      }}
      extraActions={<ExportButton label="Export first" variant="outlined" />}
    >
      This deletes every answer, note and your name for this lesson from this browser, for example before someone else
      uses this computer. It cannot be undone. Export your answers first if you want to keep them.
    </ConfirmDialog>
  );
}
