'use client';
import Download from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { checkDraft } from '@/lib/author/draft-check';
import { lessonFileName, writeLessonFile } from '@/lib/author/lesson-file';
import { downloadText } from '@/lib/browser/download';
import { lessonQuestions } from '@/lib/lessons/analysis';
import { LESSON_FILE_VERSION } from '@/lib/schemas/lesson-file';
import { plural } from '@/lib/text/plural';
import { useDraftSession } from '../useDraftSession';
import type { StepProps } from './types';

/** Step 6: the lesson as one file, `<lesson-id>.lesson.json`, for students and other teachers to open. */
export default function ShareStep({ draft }: StepProps) {
  const check = useMemo(() => checkDraft(draft), [draft]);
  const session = useDraftSession();
  const [downloaded, setDownloaded] = useState('');
  const { lesson } = check;

  if (!lesson) {
    return (
      <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
        <Alert severity="error">
          The draft is not a valid lesson yet ({plural(check.problems.length, 'problem')}), so it cannot be shared: a
          file made from it would not open.
        </Alert>
        <Button variant="outlined" onClick={() => session?.setStep('preview')}>
          See the problems in step 5
        </Button>
      </Box>
    );
  }

  const fileName = lessonFileName(lesson);
  const download = () => {
    downloadText(fileName, writeLessonFile(lesson), 'application/json');
    setDownloaded(`Downloaded ${fileName}.`);
  };
  const siteProblems = check.problems.length;
  return (
    <Box sx={{ display: 'grid', gap: 2.5, justifyItems: 'start' }}>
      <Typography sx={{ maxWidth: '65ch' }}>
        “{lesson.title}”: {plural(lesson.sections.length, 'section')},{' '}
        {plural(lessonQuestions(lesson).length, 'question')}. The file <strong>{fileName}</strong> holds the whole
        lesson, in lesson file format {LESSON_FILE_VERSION}.
      </Typography>
      <Button variant="contained" startIcon={<Download aria-hidden />} onClick={download}>
        Download {fileName}
      </Button>
      <Typography role="status">{downloaded}</Typography>
      <Box component="section" aria-labelledby="share-how-heading" sx={{ maxWidth: '65ch' }}>
        <Typography id="share-how-heading" variant="listCardTitle" component="h3" sx={{ mb: 1 }}>
          What to do with the file
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}>
          <li>
            Send it to your students: on the lessons page, <strong>Open a lesson file</strong> keeps it in their browser
            for self-study, and their answer files import into Review as usual.
          </li>
          <li>Open it yourself the same way to present it with the presenter view and to review answers.</li>
          <li>
            To make it part of the site, copy its lesson into lessons/ (see the README);{' '}
            {siteProblems === 0
              ? 'it already passes lessons:check.'
              : `lessons:check would still ask for ${plural(siteProblems, 'thing')} (listed in step 5).`}
          </li>
        </Box>
      </Box>
    </Box>
  );
}
