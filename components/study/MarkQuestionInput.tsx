'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { compareMarks, markAlsoAccepted, markKey, markSentences } from '@/lib/lessons/analysis';
import type { MarkQuestion } from '@/lib/schemas/lesson';
import CheckResult from './CheckResult';
import MarkableSentence, { type MarkVerdict } from './MarkableSentence';
import { useAnswer } from './useAnswerSession';
import { useStudy } from './StudyContext';
import { pluralWord } from '@/lib/text/plural';

/**
 * "Mark in the text": the student selects sentences (Tab to move, Space or Enter to mark, or a
 * click/tap), then compares with the key, which is derived from the lesson's sentence analysis.
 */
export default function MarkQuestionInput({
  question,
  sectionId,
}: {
  question: MarkQuestion;
  sectionId: string | null;
}) {
  const { lesson, session } = useStudy();
  const answer = useAnswer(session, question.id);
  const selected = useMemo(() => (answer?.kind === 'mark' ? answer.sentenceIds : []), [answer]);
  const checked = answer?.kind === 'mark' && answer.checked;
  const sentences = useMemo(() => markSentences(lesson, question, sectionId), [lesson, question, sectionId]);
  const key = useMemo(() => markKey(lesson, question, sectionId), [lesson, question, sectionId]);
  const result = compareMarks(key, selected, markAlsoAccepted(question));
  const instructionsId = `${question.id}-instructions`;

  const paragraphs = useMemo(() => {
    const byParagraph = new Map<string, typeof sentences>();
    for (const s of sentences) byParagraph.set(s.paragraphId, [...(byParagraph.get(s.paragraphId) ?? []), s]);
    return [...byParagraph.entries()];
  }, [sentences]);

  const toggle = (id: string) => {
    const sentenceIds = selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
    session.setAnswer(question.id, { kind: 'mark', sentenceIds, checked: false });
  };

  const verdictOf = (id: string): MarkVerdict | null => {
    if (!checked) return null;
    if (result.correct.includes(id)) return 'found';
    if (result.accepted.includes(id)) return 'accepted';
    if (result.missed.includes(id)) return 'missed';
    if (result.extra.includes(id)) return 'extra';
    return null;
  };

  const allRight = result.missed.length === 0 && result.extra.length === 0;
  return (
    <Box component="fieldset" aria-describedby={instructionsId} sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="legend" sx={{ mb: 0.5 }}>
        {question.prompt}{' '}
        <Box component="span" sx={{ display: 'block' }}>
          Look for: {question.target}.
        </Box>
      </Typography>
      <Typography id={instructionsId} color="text.secondary" variant="bodySmall" sx={{ mb: 1.5 }}>
        Click or tap a sentence to mark it. With a keyboard: Tab moves between sentences, Space or Enter marks one.{' '}
        {selected.length} marked.
      </Typography>
      <Box
        sx={{
          p: { xs: 1.5, sm: 2 },
          border: 1,
          borderColor: 'divider',
          borderRadius: 2,
          typography: 'markableText',
        }}
      >
        {paragraphs.map(([paragraphId, group]) => (
          <Box component="p" key={paragraphId} sx={{ m: 0, mb: 1.5, '&:last-child': { mb: 0 } }}>
            {group.map((sentence, i) => (
              <span key={sentence.id}>
                {i > 0 && ' '}
                <MarkableSentence
                  text={sentence.text}
                  marked={selected.includes(sentence.id)}
                  verdict={verdictOf(sentence.id)}
                  onToggle={() => toggle(sentence.id)}
                />
              </span>
            ))}
          </Box>
        ))}
      </Box>
      {!checked && (
        <Button
          variant="outlined"
          sx={{ mt: 1.5 }}
          disabled={selected.length === 0}
          onClick={() => session.setAnswer(question.id, { kind: 'mark', sentenceIds: selected, checked: true })}
        >
          Compare with the key
        </Button>
      )}
      {checked && (
        <CheckResult
          correct={allRight}
          summary={`You found ${result.correct.length} of ${key.length}${result.accepted.length ? `; ${result.accepted.length} more ${pluralWord(result.accepted.length, 'is', 'are')} also accepted` : ''}${result.extra.length ? `, and marked ${result.extra.length} that ${pluralWord(result.extra.length, 'is', 'are')} not in the key` : ''}.`}
          explanation={question.explanation}
          keyPoints={question.keyPoints}
          alsoAccepted={question.alsoAccepted
            .filter((a) => result.accepted.includes(a.sentenceId))
            .map((a) => ({ ...a, text: sentences.find((s) => s.id === a.sentenceId)?.text ?? '' }))}
        />
      )}
    </Box>
  );
}
