'use client';
import type { PathChoice } from '@/lib/lessons/teaching-path';
import type { Slide } from '@/lib/present/slide-types';
import { usePathChoice } from '@/components/common/usePathChoice';
import PresenterView from './PresenterView';
import ProjectorDeck from './ProjectorDeck';

type Props = {
  window: 'projector' | 'presenter';
  lessonId: string;
  lessonTitle: string;
  slides: Record<PathChoice, Slide[]>;
};

/**
 * Both decks are built at build time; the address (`?path=extended`) picks one. Nothing renders
 * until the address is read, so the deck's state is never first set up on the other path's slides.
 */
export default function DeckOnPath({ window: which, slides, ...props }: Props) {
  const path = usePathChoice();
  if (!path) return null;
  return which === 'projector' ? (
    <ProjectorDeck {...props} slides={slides[path]} />
  ) : (
    <PresenterView {...props} slides={slides[path]} />
  );
}
