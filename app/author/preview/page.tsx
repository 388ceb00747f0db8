import type { Metadata } from 'next';
import StudyPreview from '@/components/author/preview/StudyPreview';

export const metadata: Metadata = { title: 'Preview · Make a lesson' };

/** The study page for the editor's saved draft (opened in its own tab from step 5). */
export default function AuthorPreviewPage() {
  return <StudyPreview />;
}
