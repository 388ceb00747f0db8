import type { ComponentType } from 'react';
import AnalysisStep from './AnalysisStep';
import PreviewStep from './PreviewStep';
import QuestionsStep from './QuestionsStep';
import SectionsStep from './SectionsStep';
import ShareStep from './ShareStep';
import TextStep from './TextStep';
import type { StepProps } from './types';

export type { StepProps } from './types';

export type EditorStep = { id: string; label: string; Component: ComponentType<StepProps> };

/** The editor's steps, in order. A step's id is saved with the draft, so "Resume" returns to it. */
export const STEPS: EditorStep[] = [
  { id: 'text', label: 'Text and source', Component: TextStep },
  { id: 'sections', label: 'Sections and sentences', Component: SectionsStep },
  { id: 'analysis', label: 'Analysis', Component: AnalysisStep },
  { id: 'questions', label: 'Questions and prompts', Component: QuestionsStep },
  { id: 'preview', label: 'Preview and check', Component: PreviewStep },
  { id: 'share', label: 'Share', Component: ShareStep },
];

export function stepIndexOf(id: string): number {
  return Math.max(
    0,
    STEPS.findIndex((step) => step.id === id),
  );
}
