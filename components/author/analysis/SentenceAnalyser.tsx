'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import PlainSelect from '@/components/common/PlainSelect';
import { acceptSuggestion, sentencesInOrder, setAnalysis } from '@/lib/author/draft-analysis';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';
import AnalysisForm from './AnalysisForm';
import SuggestionList from './SuggestionList';

type Props = { draft: LessonDraft; onChange: (next: LessonDraft) => void };

const isDone = (s: { voice: string | null; mode: string | null }) => s.voice !== null && s.mode !== null;
const preview = (words: string) => (words.length > 70 ? `${words.slice(0, 70)}…` : words);

/**
 * One sentence at a time (a long form is easier by keyboard this way): previous / next, or jump to
 * any sentence from the list. Opens on the first sentence not yet analysed.
 */
export default function SentenceAnalyser({ draft, onChange }: Props) {
  const id = useId();
  const items = useMemo(() => sentencesInOrder(draft), [draft]);
  const [chosen, setChosen] = useState(() =>
    Math.max(
      0,
      items.findIndex((item) => !isDone(item.sentence)),
    ),
  );
  // Bumped when a suggestion is accepted, so the form below shows the analysis it changed.
  const [accepted, setAccepted] = useState(0);
  const index = Math.min(chosen, items.length - 1);
  const item = items[index];
  if (!item) return <Typography>Paste the report in step 1 first.</Typography>;
  const done = items.filter((i) => isDone(i.sentence)).length;
  return (
    <Box component="section" aria-labelledby={`${id}-heading`}>
      <Typography id={`${id}-heading`} variant="groupTitle" component="h3" gutterBottom>
        Sentences
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {done} of {items.length} analysed (a voice and a kind chosen).
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-end', mb: 2 }}>
        <Button onClick={() => setChosen(index - 1)} disabled={index === 0}>
          Previous sentence
        </Button>
        <Button onClick={() => setChosen(index + 1)} disabled={index === items.length - 1}>
          Next sentence
        </Button>
        <Box sx={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Typography component="label" htmlFor={`${id}-jump`} variant="note" sx={{ display: 'block' }}>
            Go to sentence
          </Typography>
          <PlainSelect id={`${id}-jump`} value={index} onChange={(e) => setChosen(Number(e.target.value))}>
            {items.map((it, i) => (
              <option key={it.sentence.id} value={i}>
                {i + 1}. {isDone(it.sentence) ? '✓ ' : ''}
                {preview(it.words)}
              </option>
            ))}
          </PlainSelect>
        </Box>
      </Box>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography role="status" variant="eyebrow" component="p" sx={{ mb: 1 }}>
          Sentence {index + 1} of {items.length} · {item.sectionTitle}
        </Typography>
        <Typography
          variant="reportText"
          component="blockquote"
          sx={{ m: 0, mb: 2, pl: 2, borderInlineStart: 4, borderColor: 'primary.main' }}
        >
          {item.words}
        </Typography>
        <Typography variant="listTitle" component="h4" sx={{ mb: 1 }}>
          Suggestions
        </Typography>
        <SuggestionList
          item={item}
          people={draft.people}
          onAccept={(suggestion) => {
            onChange(acceptSuggestion(draft, item, suggestion));
            setAccepted((n) => n + 1);
          }}
        />
        <Typography variant="listTitle" component="h4" sx={{ mt: 3, mb: 1 }}>
          Your analysis
        </Typography>
        <AnalysisForm
          key={`${item.sentence.id}:${accepted}`}
          sentence={item.sentence}
          people={draft.people}
          onSave={(analysis) => onChange(setAnalysis(draft, item.sentence.id, analysis))}
        />
      </Paper>
    </Box>
  );
}
