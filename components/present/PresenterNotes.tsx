import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Slide } from '@/lib/present/slide-types';

function NoteList({ heading, items }: { heading: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Box component="section" sx={{ mb: 2.5 }}>
      <Typography variant="notesLabel" sx={{ mb: 0.75, color: 'text.secondary' }}>
        {heading}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, '& li': { mb: 0.75 } }}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Box>
    </Box>
  );
}

/** What the teacher needs beside the current slide: key points, the answer, notes, and the analysis of its sentences. */
export default function PresenterNotes({ slide }: { slide: Slide }) {
  const { notes } = slide;
  const empty = notes.keyPoints.length + notes.answer.length + notes.teacher.length + notes.sentences.length === 0;
  return (
    <Box sx={{ fontSize: (theme) => theme.typography.notesText.fontSize, lineHeight: 1.55 }}>
      {empty ? <Typography color="text.secondary">No notes for this slide.</Typography> : null}
      <NoteList heading="Key points" items={notes.keyPoints} />
      <NoteList heading="Answer" items={notes.answer} />
      <NoteList heading="Teacher notes" items={notes.teacher} />
      {notes.sentences.length > 0 ? (
        <Box component="section">
          <Typography variant="notesLabel" sx={{ mb: 0.75, color: 'text.secondary' }}>
            Sentences on this slide
          </Typography>
          {notes.sentences.map((s) => (
            <Box key={s.id} sx={{ mb: 1.5, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
              <Box component="p" sx={{ m: 0 }}>
                {s.text}
              </Box>
              <Typography component="p" variant="body2" sx={{ fontWeight: 700, mt: 0.25 }}>
                {s.voice} · {s.labels.join(' · ')}
              </Typography>
              {s.note ? <Typography variant="body2">{s.note}</Typography> : null}
            </Box>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}
