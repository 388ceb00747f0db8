'use client';
import ForumOutlined from '@mui/icons-material/ForumOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Prompt } from '@/lib/schemas/lesson';
import AnswerTextarea from './AnswerTextarea';

const NOTE_MAX_LENGTH = 2000;

function PromptNotes({ prompt, index }: { prompt: Prompt; index: number }) {
  return (
    <Paper component="li" variant="outlined" sx={{ p: { xs: 2, sm: 2.5 }, listStyle: 'none' }}>
      <Typography variant="bodyLarge" sx={{ fontWeight: 700, mb: 1.5 }} id={`${prompt.id}-text`}>
        <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
          {index + 1}.
        </Box>
        {prompt.text}
      </Typography>
      <Typography component="label" htmlFor={`${prompt.id}-notes`} sx={{ display: 'block', mb: 0.5 }}>
        Notes on prompt {index + 1} (optional)
      </Typography>
      <AnswerTextarea
        answerId={prompt.id}
        id={`${prompt.id}-notes`}
        rows={2}
        sx={{ minHeight: 'calc(2lh + 33px)' }}
        maxLength={NOTE_MAX_LENGTH}
        aria-describedby={`${prompt.id}-text`}
      />
    </Paper>
  );
}

/** The discussion prompts of a step, each with an optional notes field. */
export default function PromptList({ prompts }: { prompts: Prompt[] }) {
  return (
    <>
      <Typography variant="h3" component="h3" sx={{ mt: 5, mb: 0.5, display: 'flex', alignItems: 'center', gap: 1 }}>
        <ForumOutlined aria-hidden color="primary" /> Discuss
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Think about these, or talk them through with a classmate. Jot notes if it helps: your notes stay in this browser
        and are not part of the file you hand in or print.
      </Typography>
      <Box component="ol" sx={{ p: 0, m: 0, display: 'grid', gap: 2 }}>
        {prompts.map((prompt, index) => (
          <PromptNotes key={prompt.id} prompt={prompt} index={index} />
        ))}
      </Box>
    </>
  );
}
