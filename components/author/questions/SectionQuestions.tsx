'use client';
import Add from '@mui/icons-material/Add';
import AutoAwesome from '@mui/icons-material/AutoAwesome';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { fieldIdOf } from '@/lib/author/draft-fields';
import {
  addGeneratedQuestions,
  addPromptTemplates,
  addQuestion,
  missingGeneratedQuestions,
  newChoiceQuestion,
  newPromptId,
  newTextQuestion,
  removeQuestion,
  replacePrompts,
  replaceQuestion,
  replaceSummary,
} from '@/lib/author/question-drafts';
import { plural } from '@/lib/text/plural';
import type { StepProps } from '../steps/types';
import { focusWhenShown } from '../preview/useGoToField';
import PromptsForm from './PromptsForm';
import QuestionEditor from './QuestionEditor';
import SummaryForm from './SummaryForm';

type Props = StepProps & { sectionIndex: number };

/** A section's prompts and questions: generate the source questions, add, edit and delete. */
export default function SectionQuestions({ draft, onChange, sectionIndex }: Props) {
  const section = draft.sections[sectionIndex]!;
  const [message, setMessage] = useState('');
  // Bumped when prompts change outside the prompts form, so the form starts again from the draft.
  const [promptsVersion, setPromptsVersion] = useState(0);
  const sectionId = fieldIdOf(['sections', sectionIndex]);
  const missing = missingGeneratedQuestions(draft, sectionIndex);

  const generate = () => {
    onChange(addGeneratedQuestions(draft, sectionIndex));
    setMessage(
      missing.length > 0
        ? `Added ${plural(missing.length, 'question')} from the analysis.`
        : 'Nothing to add: every question the analysis supports is here. Tag sentences in step 3 to get more.',
    );
  };
  const add = (kind: 'choice' | 'text') => {
    const question = kind === 'choice' ? newChoiceQuestion(draft, sectionIndex) : newTextQuestion(draft, sectionIndex);
    onChange(addQuestion(draft, sectionIndex, question));
    setMessage('');
    focusWhenShown(['sections', sectionIndex, 'questions', section.questions.length, 'prompt']);
  };

  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby={`${sectionId}-heading`}
      id={sectionId}
      tabIndex={-1}
      sx={{ p: { xs: 1.5, sm: 2.5 }, display: 'grid', gap: 2.5 }}
    >
      <Typography id={`${sectionId}-heading`} variant="listCardTitle" component="h3">
        Section {sectionIndex + 1}: {section.title || 'untitled'}
      </Typography>
      <SummaryForm
        sectionIndex={sectionIndex}
        summary={section.summary}
        onSave={(summary) => onChange(replaceSummary(draft, sectionIndex, summary))}
      />
      <PromptsForm
        key={promptsVersion}
        sectionIndex={sectionIndex}
        prompts={section.prompts}
        onSave={(prompts) => onChange(replacePrompts(draft, sectionIndex, prompts))}
        newPromptId={(taken) => newPromptId(draft, sectionIndex, taken)}
      />
      {section.prompts.length === 0 && (
        <div>
          <Button
            size="small"
            onClick={() => {
              onChange(addPromptTemplates(draft, sectionIndex));
              setPromptsVersion((v) => v + 1);
            }}
          >
            Add the prompt templates
          </Button>
        </div>
      )}
      <Box id={fieldIdOf(['sections', sectionIndex, 'questions'])} tabIndex={-1} sx={{ display: 'grid', gap: 2 }}>
        {section.questions.map((question, index) => (
          <QuestionEditor
            key={question.id}
            draft={draft}
            sectionIndex={sectionIndex}
            index={index}
            question={question}
            onSave={(next) => onChange(replaceQuestion(draft, sectionIndex, next))}
            onRemove={() => {
              onChange(removeQuestion(draft, sectionIndex, question.id));
              setMessage(`Question ${index + 1} deleted.`);
              focusWhenShown(['sections', sectionIndex]);
            }}
          />
        ))}
        {section.questions.length === 0 && <Typography color="text.secondary">No questions yet.</Typography>}
      </Box>
      <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="contained" startIcon={<AutoAwesome aria-hidden />} onClick={generate}>
          Generate the source questions{missing.length > 0 ? ` (${missing.length})` : ''}
        </Button>
        <Button variant="outlined" startIcon={<Add aria-hidden />} onClick={() => add('choice')}>
          Add a choice question
        </Button>
        <Button variant="outlined" startIcon={<Add aria-hidden />} onClick={() => add('text')}>
          Add a free-text question
        </Button>
      </Stack>
      <Typography role="status" color="text.secondary">
        {message}
      </Typography>
    </Paper>
  );
}
