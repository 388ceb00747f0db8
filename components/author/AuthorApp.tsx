'use client';
/**
 * The lesson editor's shell: the steps, the save status, "Start a new draft" and "Resume".
 *
 * How a step changes the draft: every step receives `{ draft, onChange }` (steps/types.ts) and
 * calls `onChange(next)` with the whole next draft, built from the one it received (pure helpers in
 * lib/author do the building). `onChange` is the session's `setDraft`: it is in memory at once and
 * autosaved after a pause; there is no field-level update function.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import SaveStatus from '@/components/common/SaveStatus';
import type { DraftSession } from '@/lib/author/draft-session';
import DamagedDraftNotice from './DamagedDraftNotice';
import ResumeDraft from './ResumeDraft';
import StartNewDraft from './StartNewDraft';
import StepNav from './StepNav';
import { STEPS, stepIndexOf } from './steps';
import { useDraftSession, useDraftValue } from './useDraftSession';

export default function AuthorApp() {
  const session = useDraftSession();
  if (!session) return <Typography color="text.secondary">Opening the editor…</Typography>;
  return <Editor session={session} />;
}

function Editor({ session }: { session: DraftSession }) {
  const resumable = useDraftValue(session, (s) => s.resumable);
  const damaged = useDraftValue(session, (s) => s.damaged);
  return (
    <>
      {damaged && <DamagedDraftNotice damaged={damaged} onDismiss={session.dismissDamaged} />}
      {resumable ? (
        <ResumeDraft resumable={resumable} onResume={session.resume} onStartNew={session.startNew} />
      ) : (
        <Steps session={session} />
      )}
    </>
  );
}

function Steps({ session }: { session: DraftSession }) {
  const draft = useDraftValue(session, (s) => s.draft);
  const current = stepIndexOf(useDraftValue(session, (s) => s.step));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const step = STEPS[current] ?? STEPS[0]!;

  // Focus follows a step change (not the first render), so a screen reader announces the new step.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [current]);

  const go = (index: number) => {
    const next = STEPS[index];
    if (!next) return;
    if (index === current) heading.current?.focus();
    moved.current = true;
    session.setStep(next.id);
  };

  return (
    <>
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 1.5, alignItems: 'center', justifyContent: 'space-between', mb: 2 }}
      >
        <SaveStatus source={session} variant="badge" />
        <StartNewDraft onConfirm={session.startNew} />
      </Stack>
      <StepNav current={current} onSelect={go} />
      <Box component="section" aria-labelledby="step-heading">
        <Typography id="step-heading" ref={heading} tabIndex={-1} variant="panelTitle" component="h2" sx={{ mb: 2 }}>
          Step {current + 1} of {STEPS.length}: {step.label}
        </Typography>
        <step.Component draft={draft} onChange={session.setDraft} />
      </Box>
      <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 1.5, mt: 4 }}>
        {current > 0 ? (
          <Button onClick={() => go(current - 1)}>Previous: {STEPS[current - 1]?.label}</Button>
        ) : (
          <span />
        )}
        {current < STEPS.length - 1 && (
          <Button variant="contained" onClick={() => go(current + 1)}>
            Next: {STEPS[current + 1]?.label}
          </Button>
        )}
      </Stack>
    </>
  );
}
