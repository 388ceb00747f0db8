'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { joinWithNextSentence, splitSectionAfter } from '@/lib/author/draft-structure';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import SplitSentenceDialog from './SplitSentenceDialog';

type At = { section: number; paragraph: number; sentence: number };
type Props = {
  draft: LessonDraft;
  at: At;
  /** Which sentence this is, in words, for the buttons' accessible names. */
  label: string;
  canJoin: boolean;
  canEndSection: boolean;
  onChange: (next: LessonDraft) => void;
};

/** One sentence, shown as the report has it, with the tools that move its boundaries. */
export default function SentenceRow({ draft, at, label, canJoin, canEndSection, onChange }: Props) {
  const [splitting, setSplitting] = useState(false);
  const sentence = draft.sections[at.section]!.paragraphs[at.paragraph]!.sentences[at.sentence]!;
  const words = draft.text.slice(sentence.start, sentence.end);
  return (
    <Box component="li" sx={{ borderInlineStart: 3, borderColor: 'divider', pl: 1.5 }}>
      <Typography variant="reportText" component="p" sx={{ mb: 0.5 }}>
        {words}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
        {canJoin && (
          <Button
            size="small"
            aria-label={`Join with next: ${label}`}
            onClick={() => onChange(joinWithNextSentence(draft, at))}
          >
            Join with next
          </Button>
        )}
        {words.includes(' ') && (
          <Button size="small" aria-label={`Split…: ${label}`} onClick={() => setSplitting(true)}>
            Split…
          </Button>
        )}
        {canEndSection && (
          <Button
            size="small"
            aria-label={`New section after this: ${label}`}
            onClick={() => onChange(splitSectionAfter(draft, at.section, at.paragraph, at.sentence))}
          >
            New section after this
          </Button>
        )}
      </Box>
      {splitting && (
        <SplitSentenceDialog
          draft={draft}
          at={at}
          onClose={() => setSplitting(false)}
          onChange={(next) => {
            setSplitting(false);
            onChange(next);
          }}
        />
      )}
    </Box>
  );
}
