'use client';
import CheckCircle from '@mui/icons-material/CheckCircle';
import HighlightOff from '@mui/icons-material/HighlightOff';
import HelpOutline from '@mui/icons-material/HelpOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import type { Answer, MarkAnswer } from '@/lib/schemas/answer';
import { chosenOptions, markResult, REMOVED_SENTENCE } from '@/lib/review/answer-text';
import { useReview } from './ReviewContext';
import { pluralWord } from '@/lib/text/plural';

/** Student text, always rendered as text: whatever it contains is shown, never run. */
export function StudentText({ text }: { text: string }) {
  if (text.trim() === '') return <Typography color="text.secondary">(empty)</Typography>;
  return <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</Typography>;
}

function Verdict({ correct }: { correct: boolean | null }) {
  if (correct === null) return <HelpOutline aria-hidden fontSize="small" sx={{ color: 'text.secondary', mt: '3px' }} />;
  return correct ? (
    <CheckCircle aria-hidden fontSize="small" sx={{ color: 'success.main', mt: '3px' }} />
  ) : (
    <HighlightOff aria-hidden fontSize="small" sx={{ color: 'error.main', mt: '3px' }} />
  );
}

const verdictText = (correct: boolean | null, yes: string, no: string) =>
  correct === null ? 'no longer in the lesson' : correct ? yes : no;

function SentenceList({ items }: { items: { id: string; text: string; correct: boolean | null; verdict: string }[] }) {
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1 }}>
      {items.map((item) => (
        <Box component="li" key={item.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <Verdict correct={item.correct} />
          <Typography sx={{ overflowWrap: 'anywhere' }}>
            {item.text}{' '}
            <Box component="span" sx={{ color: 'text.secondary', typography: 'note' }}>
              ({item.verdict})
            </Box>
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function MarkView({ questionId, answer }: { questionId: string; answer: MarkAnswer }) {
  const { index } = useReview();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const result = markResult(index, questionId, answer);
  const key = new Set(index.markKeys.get(questionId) ?? []);
  const marked = answer.sentenceIds.map((id) => {
    const sentence = index.sentenceById.get(id);
    const correct = sentence ? key.has(id) : null;
    return {
      id,
      text: sentence?.text ?? REMOVED_SENTENCE,
      correct,
      verdict: verdictText(correct, 'in the key', 'not in the key'),
    };
  });
  const missed = result.missed.map((id) => ({
    id,
    text: index.sentenceById.get(id)?.text ?? REMOVED_SENTENCE,
    correct: false,
    verdict: 'missed',
  }));
  return (
    <Box>
      <Typography>
        Found {result.correct.length} of {result.keySize} key {pluralWord(result.keySize, 'sentence')}
        {result.extra.length > 0 && `; marked ${result.extra.length} not in the key`}.
      </Typography>
      <Button
        size="small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        sx={{ mt: 0.5, ml: -1 }}
      >
        {open ? 'Hide the sentences' : 'Show the sentences'}
      </Button>
      {open && (
        <Box id={listId} sx={{ mt: 1, display: 'grid', gap: 1.5 }}>
          <SentenceList items={marked} />
          {missed.length > 0 && (
            <>
              <Typography sx={{ fontWeight: 600 }}>Not marked, but in the key:</Typography>
              <SentenceList items={missed} />
            </>
          )}
        </Box>
      )}
    </Box>
  );
}

/** One answer as the student gave it, with choices and markings compared with the key. */
export default function AnswerView({ located, answer }: { located: LocatedQuestion; answer: Answer | undefined }) {
  if (!answer) return <Typography color="text.secondary">No answer.</Typography>;
  if (answer.kind === 'text') return <StudentText text={answer.text} />;
  if (answer.kind === 'mark') return <MarkView questionId={located.question.id} answer={answer} />;
  // The chart and the lateral reading answer no question; the review shows them in their own panel.
  if (answer.kind !== 'choice') return null;
  const options = chosenOptions(located, answer);
  if (options.length === 0) return <Typography color="text.secondary">No option chosen.</Typography>;
  return (
    <SentenceList items={options.map((o) => ({ ...o, verdict: verdictText(o.correct, 'correct', 'not correct') }))} />
  );
}
