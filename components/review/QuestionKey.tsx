'use client';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { LocatedQuestion } from '@/lib/lessons/analysis';
import { isChoiceQuestion } from '@/lib/lessons/question-kinds';
import { useReview } from './ReviewContext';
import { pluralWord } from '@/lib/text/plural';

/** The key points of a question (with the sentences they rest on), and its explanation. */
export default function QuestionKey({
  located,
  headingLevel = 'h3',
}: {
  located: LocatedQuestion;
  headingLevel?: 'h3' | 'h4';
}) {
  const { index } = useReview();
  const { question } = located;
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Typography component={headingLevel} variant="asideTitle">
        Key points
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 1 }}>
        {question.keyPoints.map((point) => (
          <li key={point.text}>
            <Typography>{point.text}</Typography>
            {point.sentences.map((id) => {
              const sentence = index.sentenceById.get(id);
              return (
                sentence && (
                  <Typography
                    key={id}
                    component="blockquote"
                    variant="bodySmall"
                    sx={{
                      m: 0,
                      mt: 0.5,
                      pl: 1.5,
                      borderLeft: 3,
                      borderColor: 'divider',
                      color: 'text.secondary',
                    }}
                  >
                    {sentence.text}
                  </Typography>
                )
              );
            })}
          </li>
        ))}
      </Box>
      {isChoiceQuestion(question) && (
        <Typography>
          <strong>Correct {pluralWord(question.options.filter((o) => o.correct).length, 'option')}: </strong>
          {question.options
            .filter((o) => o.correct)
            .map((o) => o.text)
            .join('; ')}
        </Typography>
      )}
      {question.kind !== 'text' && (
        <Typography color="text.secondary">
          <strong>Explanation shown to students: </strong>
          {question.explanation}
        </Typography>
      )}
    </Box>
  );
}
