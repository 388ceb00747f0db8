'use client';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import Typography from '@mui/material/Typography';
import type { ChoiceQuestion } from '@/lib/schemas/lesson';
import CheckResult from './CheckResult';
import { useAnswer } from './useAnswerSession';
import { useStudy } from './StudyContext';

/** Single or multiple choice; after "Check" each option says whether it is right, in words and icons. */
export default function ChoiceQuestionInput({ question }: { question: ChoiceQuestion }) {
  const { session } = useStudy();
  const answer = useAnswer(session, question.id);
  const selected = answer?.kind === 'choice' ? answer.optionIds : [];
  const checked = answer?.kind === 'choice' && answer.checked && selected.length > 0;
  const single = question.kind === 'single';
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  const allRight = right.length === selected.length && right.every((id) => selected.includes(id));

  const choose = (optionId: string, on: boolean) => {
    const optionIds = single ? [optionId] : on ? [...selected, optionId] : selected.filter((id) => id !== optionId);
    session.setAnswer(question.id, { kind: 'choice', optionIds, checked: false });
  };

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="legend" sx={{ mb: 1 }}>
        {question.prompt}
      </Typography>
      <Box
        role={single ? 'radiogroup' : 'group'}
        aria-label={single ? 'Choose one answer' : 'Choose all answers that apply'}
        sx={{ display: 'grid', gap: 0.5 }}
      >
        {question.options.map((option) => {
          const isSelected = selected.includes(option.id);
          const Control = single ? Radio : Checkbox;
          const verdict = checked
            ? option.correct
              ? isSelected
                ? ' — correct'
                : ' — correct answer you missed'
              : isSelected
                ? ' — not correct'
                : ''
            : '';
          return (
            <FormControlLabel
              key={option.id}
              control={
                <Control
                  checked={isSelected}
                  onChange={(event) => choose(option.id, event.target.checked)}
                  name={question.id}
                  value={option.id}
                />
              }
              label={
                <span>
                  {option.text}
                  {verdict && (
                    <Box component="strong" sx={{ color: option.correct ? 'success.main' : 'error.main' }}>
                      {verdict}
                    </Box>
                  )}
                </span>
              }
              sx={{ alignItems: 'flex-start', mr: 0, '& .MuiFormControlLabel-label': { pt: 1 } }}
            />
          );
        })}
      </Box>
      {!checked && (
        <Button
          variant="outlined"
          sx={{ mt: 1 }}
          disabled={selected.length === 0}
          onClick={() => session.setAnswer(question.id, { kind: 'choice', optionIds: selected, checked: true })}
        >
          Check my answer
        </Button>
      )}
      {checked && (
        <CheckResult
          correct={allRight}
          summary={
            allRight
              ? 'Yes, that matches the key.'
              : single
                ? 'Not quite: the key has a different answer.'
                : 'Not quite: compare your choices with the key above.'
          }
          explanation={question.explanation}
          keyPoints={question.keyPoints}
        />
      )}
    </Box>
  );
}
