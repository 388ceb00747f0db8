'use client';
import type { PathChoice } from '@/lib/lessons/teaching-path';
import type { Slide } from '@/lib/present/slide-types';
import { usePathChoice } from '@/components/common/usePathChoice';
import ProjectorDeck from './ProjectorDeck';

export type DeckOnPathProps = {
  lessonId: string;
  lessonTitle: string;
  slides: Record<PathChoice, Slide[]>;
};

/**
 * Both decks are built at build time; the address (`?path=extended`) picks one. Nothing renders
 * until the address is read, so the deck's state is never first set up on the other path's slides.
 * The presenter window has its own wrapper, so neither page loads the other's view.
 */
export default function ProjectorOnPath({ slides, ...props }: DeckOnPathProps) {
  const path = usePathChoice();
  return path ? <ProjectorDeck {...props} slides={slides[path]} /> : null;
}
