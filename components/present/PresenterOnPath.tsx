'use client';
import { usePathChoice } from '@/components/common/usePathChoice';
import PresenterView from './PresenterView';
import type { DeckOnPathProps } from './ProjectorOnPath';

/** The presenter window on the teaching path in the address (see ProjectorOnPath). */
export default function PresenterOnPath({ slides, ...props }: DeckOnPathProps) {
  const path = usePathChoice();
  return path ? <PresenterView {...props} slides={slides[path]} /> : null;
}
