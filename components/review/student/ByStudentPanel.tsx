'use client';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { downloadText } from '@/lib/browser/download';
import { isAnswered } from '@/lib/schemas/answer';
import { feedbackFor, studentFeedback } from '@/lib/review/feedback';
import type { ClassFeedback } from '@/lib/schemas/review';
import { buildFeedbackFile, feedbackFileJson, feedbackFileName } from '@/lib/exchange/feedback-file';
import { formatDateTime } from '@/lib/review/format';
import { plural, pluralWord } from '@/lib/text/plural';
import { QUESTION_KIND_LABELS } from '@/lib/lessons/question-kinds';
import { questionText } from '@/lib/review/question-text';
import { compatibilityNotes, type StudentSheet } from '@/lib/review/student-sheet';
import { useRevealInSteps } from '@/components/common/useRevealInSteps';
import AnswerCard from '../AnswerCard';
import { useReview } from '../ReviewContext';
import OverallCommentForm from './OverallCommentForm';
import StudentPicker from './StudentPicker';
import UnmatchedAnswers from './UnmatchedAnswers';

type Props = {
  sheets: readonly StudentSheet[];
  feedback: ClassFeedback;
  studentKey: string;
  onStudentChange(key: string): void;
};

/** One student's whole sheet in lesson order, with feedback on each answer and on the whole. */
export default function ByStudentPanel({ sheets, feedback, studentKey, onStudentChange }: Props) {
  const { index } = useReview();
  const sheet = sheets.find((s) => s.key === studentKey) ?? sheets[0];
  const revealed = useRevealInSteps(index.questions.length, sheet?.key ?? '');
  if (!sheet) return null;
  const answered = index.questions.filter((q) => isAnswered(sheet.answers.get(q.question.id))).length;
  const levels = index.questions.flatMap((q) => {
    const id = feedbackFor(feedback, sheet.key, q.question.id).levelId;
    const level = id ? index.rubricById.get(id) : undefined;
    return level ? [level.points] : [];
  });
  const total = levels.reduce((sum, p) => sum + p, 0);
  const notes = compatibilityNotes(index, sheet);
  const parts: { id: string | null; title: string }[] = [
    ...index.lesson.sections.map((s) => ({ id: s.id, title: s.title })),
    { id: null, title: index.lesson.wrapUp.title },
  ];
  const groups = parts.map((part) => ({
    ...part,
    questions: index.questions.filter((q) => q.sectionId === part.id && q.number <= revealed),
  }));

  const download = () => {
    const file = buildFeedbackFile(index, sheet, feedback, new Date());
    downloadText(feedbackFileName(index.lesson.id, sheet.label), feedbackFileJson(file), 'application/json');
  };

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2.5 }}>
      <StudentPicker sheets={sheets} studentKey={sheet.key} onChange={onStudentChange} />
      <Box
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 1.5 }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="panelTitle" sx={{ overflowWrap: 'anywhere' }}>
            {sheet.label}
          </Typography>
          <Typography color="text.secondary">
            Exported {formatDateTime(sheet.exportedAt)} · Answered {answered} of {index.questions.length} ·{' '}
            {levels.length
              ? `${total} ${pluralWord(total, 'point')} from ${plural(levels.length, 'scored answer')}`
              : 'Not scored yet'}
          </Typography>
        </Box>
        <Button variant="outlined" startIcon={<FileDownloadOutlined aria-hidden />} onClick={download}>
          Download feedback file
        </Button>
      </Box>
      {notes.length > 0 && (
        <Alert severity="info">
          {notes.map((note) => (
            <div key={note}>{note}</div>
          ))}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 2.5 } }}>
        <OverallCommentForm
          key={sheet.key}
          studentKey={sheet.key}
          initial={studentFeedback(feedback, sheet.key).overallComment}
        />
      </Paper>
      {groups
        .filter((g) => g.questions.length > 0)
        .map((group) => (
          <Box
            component="section"
            key={group.id ?? 'wrap-up'}
            aria-label={group.title}
            sx={{ display: 'grid', gap: 2 }}
          >
            <Typography component="h3" variant="h3" sx={{ mt: 1 }}>
              {group.title}
            </Typography>
            {group.questions.map((located) => (
              <AnswerCard
                key={`${sheet.key}:${located.question.id}`}
                title={`Q${located.number}. ${questionText(located.question)}`}
                detail={QUESTION_KIND_LABELS[located.question.kind].teacher}
                headingLevel="h4"
                located={located}
                answer={sheet.answers.get(located.question.id)}
                studentKey={sheet.key}
                feedback={feedbackFor(feedback, sheet.key, located.question.id)}
                withKeyPoints
              />
            ))}
          </Box>
        ))}
      <UnmatchedAnswers items={sheet.unmatched} />
    </Box>
  );
}
