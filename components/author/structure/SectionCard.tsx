'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { mergeWithNextSection, renameSection } from '@/lib/author/draft-structure';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import SectionTitleForm from './SectionTitleForm';
import SentenceRow from './SentenceRow';

type Props = { draft: LessonDraft; index: number; isLast: boolean; onChange: (next: LessonDraft) => void };

/** One section: its title, its sentences with their boundary tools, and merging with the next section. */
export default function SectionCard({ draft, index, isLast, onChange }: Props) {
  const section = draft.sections[index]!;
  const number = index + 1;
  const lastParagraph = section.paragraphs.length - 1;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${section.id}-heading`}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography id={`${section.id}-heading`} variant="groupTitle" component="h3" sx={{ mb: 2 }}>
        Section {number}: {section.title}
      </Typography>
      <SectionTitleForm
        key={section.id}
        title={section.title}
        number={number}
        onRename={(title) => onChange(renameSection(draft, index, title))}
      />
      {section.paragraphs.map((paragraph, p) => (
        <Box component="ol" key={paragraph.id} sx={{ listStyle: 'none', p: 0, m: 0, mt: 2, display: 'grid', gap: 1.5 }}>
          {paragraph.sentences.map((sentence, s) => (
            <SentenceRow
              key={sentence.id}
              draft={draft}
              at={{ section: index, paragraph: p, sentence: s }}
              label={`sentence ${s + 1} of section ${number}${section.paragraphs.length > 1 ? `, paragraph ${p + 1}` : ''}`}
              canJoin={s < paragraph.sentences.length - 1}
              canEndSection={!(p === lastParagraph && s === paragraph.sentences.length - 1)}
              onChange={onChange}
            />
          ))}
        </Box>
      ))}
      {!isLast && (
        <Button sx={{ mt: 2 }} onClick={() => onChange(mergeWithNextSection(draft, index))}>
          Merge with section {number + 1}
        </Button>
      )}
    </Paper>
  );
}
