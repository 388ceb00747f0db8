'use client';
import { useCallback } from 'react';
import { type EditorStep, fieldIdCandidates } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import { useDraftSession } from '../useDraftSession';

/** How many frames to wait for the step to render its fields before giving up. */
const FRAMES = 60;

/**
 * Puts the focus on the field once it is on the page; a field with no element of its own gets the
 * nearest enclosing part that has one, or else the step's heading, so the teacher is on the step.
 */
export function focusWhenShown(path: DraftPath, framesLeft = FRAMES) {
  requestAnimationFrame(() => {
    const [own, ...enclosing] = fieldIdCandidates(path);
    const field = own ? document.getElementById(own) : null;
    if (!field && framesLeft > 0) return focusWhenShown(path, framesLeft - 1);
    const element =
      field ??
      enclosing.map((id) => document.getElementById(id)).find((found) => found !== null) ??
      document.getElementById('step-heading');
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  });
}

/** Moves the editor to the step that edits a field, and focuses the field. */
export function useGoToField() {
  const session = useDraftSession();
  return useCallback(
    (step: EditorStep, path: DraftPath) => {
      session?.setStep(step);
      focusWhenShown(path);
    },
    [session],
  );
}
