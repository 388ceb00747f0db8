'use client';
import { useCallback } from 'react';
import { type EditorStep, fieldIdCandidates } from '@/lib/author/draft-fields';
import type { DraftPath } from '@/lib/author/draft-to-lesson';
import { useDraftSession } from '../useDraftSession';

/** How many frames to wait for the step to render its fields before giving up. */
const FRAMES = 60;

/** Puts the focus on the field (or the nearest enclosing part that has an element) once it is on the page. */
function focusWhenShown(path: DraftPath, framesLeft = FRAMES) {
  requestAnimationFrame(() => {
    const element = fieldIdCandidates(path)
      .map((id) => document.getElementById(id))
      .find((found) => found !== null);
    if (!element) {
      // A field with no element of its own: the step's heading, so the teacher is at least on the step.
      if (framesLeft > 0) focusWhenShown(path, framesLeft - 1);
      else document.getElementById('step-heading')?.focus();
      return;
    }
    element.scrollIntoView({ block: 'center' });
    element.focus();
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
