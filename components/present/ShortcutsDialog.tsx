'use client';
import ShortcutsDialog from '@/components/common/ShortcutsDialog';
import { SHORTCUTS } from '@/lib/present/keys';

/** The deck's "?" dialog: every shortcut of the deck, from the same table the key handler uses. */
export default function PresentShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ShortcutsDialog
      open={open}
      onClose={onClose}
      rows={SHORTCUTS}
      note="Presentation clickers work too: they send Page Down and Page Up. The presenter view takes the same keys."
    />
  );
}
