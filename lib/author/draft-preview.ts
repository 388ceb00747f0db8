/**
 * The lesson the saved draft makes, for the study-page preview (/author/preview), which opens in its
 * own tab and reads the draft the editor saved. Its id is prefixed, so that answers typed in the
 * preview are kept apart from the lesson's own once it is shared and opened in this browser.
 */
import type { Lesson } from '@/lib/schemas/lesson';
import { loadDraft } from '@/lib/storage/draft-store';
import { checkDraft } from './draft-check';

export const PREVIEW_ID_PREFIX = 'preview-';

export type DraftPreview = { ok: true; lesson: Lesson } | { ok: false; message: string };

export function previewOfSavedDraft(): DraftPreview {
  const load = loadDraft();
  if (load.status !== 'loaded')
    return { ok: false, message: 'There is no saved draft in this browser to preview. Open the editor first.' };
  const { lesson } = checkDraft(load.stored.draft);
  if (!lesson)
    return {
      ok: false,
      message: 'The draft is not a valid lesson yet: fix the problems listed in the editor’s check.',
    };
  return { ok: true, lesson: { ...lesson, id: `${PREVIEW_ID_PREFIX}${lesson.id}` } };
}
