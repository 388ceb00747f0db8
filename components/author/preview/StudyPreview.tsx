'use client';
import Alert from '@mui/material/Alert';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import { useSyncExternalStore } from 'react';
import AppHeader from '@/components/common/AppHeader';
import AppLink from '@/components/common/AppLink';
import StudyApp from '@/components/study/StudyApp';
import { type DraftPreview, previewOfSavedDraft } from '@/lib/author/draft-preview';

// Read once per page: the preview shows the draft as it was saved when the tab opened.
let preview: DraftPreview | null = null;
const readPreview = () => (preview ??= previewOfSavedDraft());
const noSubscription = () => () => {};

/** The real study page, for the lesson the saved draft makes. */
export default function StudyPreview() {
  const current = useSyncExternalStore(noSubscription, readPreview, () => null);
  if (current === null) return <AppHeader />;
  if (!current.ok) {
    return (
      <>
        <AppHeader />
        <Container component="main" id="main" maxWidth="md" sx={{ py: 4 }}>
          <Alert severity="warning">
            {current.message} <AppLink href="/author">Back to the editor</AppLink>
          </Alert>
        </Container>
      </>
    );
  }
  return (
    <>
      <AppHeader>
        <Typography color="text.secondary">
          Preview of your draft: answers typed here are kept apart from the lesson you share.
        </Typography>
      </AppHeader>
      <StudyApp lesson={current.lesson} />
    </>
  );
}
