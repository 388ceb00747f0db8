'use client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import ConfirmDialog from '@/components/common/ConfirmDialog';
import { openedPath, type OpenedUse } from '@/lib/lessons/lesson-paths';
import { removeLesson, type OpenedLesson } from '@/lib/lessons/opened-lessons';
import { useOpenedLessons } from './useOpenedLessons';

const USES: { use: OpenedUse; label: string }[] = [
  { use: 'study', label: 'Self-study' },
  { use: 'present', label: 'Present' },
  { use: 'review', label: 'Review answers' },
];

/** The lessons opened from a file, as list items beside the shipped lessons. */
export default function OpenedLessonList() {
  const opened = useOpenedLessons();
  const [removing, setRemoving] = useState<OpenedLesson | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const confirmRemove = () => {
    if (!removing) return;
    const result = removeLesson(removing.lesson.id);
    setProblem(result.ok ? null : result.message);
    setRemoving(null);
  };

  return (
    <>
      {!opened.ok && (
        <Box component="li">
          <Alert severity="warning">Lessons opened from a file cannot be read in this browser.</Alert>
        </Box>
      )}
      {problem && (
        <Box component="li">
          <Alert severity="error">{problem}</Alert>
        </Box>
      )}
      {opened.ok &&
        opened.lessons.map(({ lesson, openedAt }) => (
          <Box component="li" key={lesson.id}>
            <Card variant="outlined">
              <CardContent>
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
                  <Typography variant="cardTitle" component="h2">
                    {lesson.title}
                  </Typography>
                  <Chip size="small" label="Opened from a file" />
                </Stack>
                <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                  {lesson.subtitle}
                </Typography>
                <Stack
                  direction="row"
                  spacing={1}
                  useFlexGap
                  sx={{ flexWrap: 'wrap' }}
                  aria-label={`Ways into ${lesson.title}`}
                >
                  {USES.map(({ use, label }) => (
                    <Button key={use} variant="contained" size="small" href={openedPath(lesson.id, use)}>
                      {label}
                    </Button>
                  ))}
                  <Button size="small" color="error" onClick={() => setRemoving({ lesson, openedAt })}>
                    Remove
                  </Button>
                </Stack>
              </CardContent>
            </Card>
          </Box>
        ))}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this lesson from this browser?"
        confirmLabel="Remove"
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        “{removing?.lesson.title}” will no longer be listed here. Answers saved for it stay in this browser; open its
        file again to reach them.
      </ConfirmDialog>
    </>
  );
}
