/** A small editor draft for tests that must not import the author tools themselves (lib/storage). */
import { newDraft } from '@/lib/author/new-draft';

export const sampleDraft = () => newDraft('wire-story', 'A court banned it. “We will appeal,” Ms. Okafor said.');
