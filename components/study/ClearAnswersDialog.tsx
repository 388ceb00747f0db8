'use client';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import { START_STEP_ID } from '@/lib/study/steps';
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
        // Whoever uses the computer next starts where everyone starts: at the content note.
        window.location.hash = START_STEP_ID;
      }}
      extraActions={<ExportButton label="Export first" variant="outlined" />}
    >
      This deletes every answer, note and your name for this lesson from this browser, for example before someone else
      uses this computer. It cannot be undone. Export your answers first if you want to keep them.
    </ConfirmDialog>
  );
}
