'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import PlainSelect from '@/components/common/PlainSelect';
import { cutPoints, splitSentence } from '@/lib/author/draft-structure';
import type { LessonDraft } from '@/lib/schemas/lesson-draft';

type At = { section: number; paragraph: number; sentence: number };
type Props = { draft: LessonDraft; at: At; onClose: () => void; onChange: (next: LessonDraft) => void };

/** Up to four words either side of a cut, within the sentence: "…spokesperson Amina | Okafor told reporters." */
function around(text: string, { start, end }: { start: number; end: number }, offset: number): string {
  const before = text.slice(start, offset).split(/\s+/);
  const after = text.slice(offset, end).trim().split(/\s+/);
  const shownBefore = before.slice(-4).join(' ');
  const shownAfter = after.slice(0, 4).join(' ');
  return `${before.length > 4 ? '…' : ''}${shownBefore} | ${shownAfter}${after.length > 4 ? '…' : ''}`;
}

/** Chooses where to cut a sentence the segmenter left whole, by keyboard: a list of the places between words. */
export default function SplitSentenceDialog({ draft, at, onClose, onChange }: Props) {
  const id = useId();
  const sentence = draft.sections[at.section]!.paragraphs[at.paragraph]!.sentences[at.sentence]!;
  const points = useMemo(() => cutPoints(draft.text, sentence), [draft.text, sentence]);
  const schema = useMemo(
    () => z.object({ offset: z.coerce.number().refine((n) => points.includes(n), 'choose where to split') }),
    [points],
  );
  const { register, handleSubmit } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { offset: points[0] ?? 0 },
  });
  const submit = handleSubmit(({ offset }) => onChange(splitSentence(draft, at, offset)));
  return (
    <Dialog open onClose={onClose} aria-labelledby={`${id}-title`}>
      <form noValidate onSubmit={submit}>
        <DialogTitle id={`${id}-title`}>Split this sentence</DialogTitle>
        <DialogContent>
          <Typography variant="reportText" component="p" sx={{ mb: 2 }}>
            {draft.text.slice(sentence.start, sentence.end)}
          </Typography>
          <Typography component="label" htmlFor={`${id}-offset`} sx={{ display: 'block', mb: 0.5, fontWeight: 600 }}>
            Split where the bar is
          </Typography>
          <PlainSelect id={`${id}-offset`} {...register('offset')} autoFocus>
            {points.map((offset) => (
              <option key={offset} value={offset}>
                {around(draft.text, sentence, offset)}
              </option>
            ))}
          </PlainSelect>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained">
            Split
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
