'use client';
import Alert from '@mui/material/Alert';
import { useRef, useState } from 'react';
import { useStudy } from './StudyContext';
import { plural } from '@/lib/text/plural';

type Message = { severity: 'success' | 'error'; text: string };

/**
 * The one hidden file input for "Import teacher feedback", the function that opens it, and the
 * message that says what happened. Any button on the page can open the picker.
 */
export function useFeedbackImport() {
  const { lesson, session } = useStudy();
  const inputRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // Loaded when a file is chosen: reading feedback is not needed to show the page.
    const { readFeedbackFile } = await import('@/lib/exchange/feedback-import');
    const result = await readFeedbackFile(file, lesson, session.getSnapshot().data);
    if (!result.ok) {
      setMessage({ severity: 'error', text: result.message });
      return;
    }
    session.setFeedback(result.feedback);
    const count = result.feedback.feedback.filter((f) => f.comment || f.levelLabel).length;
    setMessage({
      severity: 'success',
      text: `Feedback imported: your teacher commented on ${plural(count, 'answer')}. Look for "Teacher feedback" under each question.${result.note ? ` ${result.note}` : ''}`,
    });
  };

  const input = (
    <input
      ref={inputRef}
      type="file"
      accept=".json,application/json"
      aria-label="Import teacher feedback"
      tabIndex={-1}
      hidden
      onChange={(event) => {
        void onFile(event.target.files?.[0]);
        event.target.value = '';
      }}
    />
  );

  const status = (
    <div role="status" className="no-print">
      {message && (
        <Alert severity={message.severity} onClose={() => setMessage(null)} sx={{ mb: 3 }}>
          {message.text}
        </Alert>
      )}
    </div>
  );

  return { open: () => inputRef.current?.click(), input, status };
}
