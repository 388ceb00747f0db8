import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import type { Metadata } from 'next';
import AppHeader from '@/components/common/AppHeader';
import AuthorApp from '@/components/author/AuthorApp';

export const metadata: Metadata = { title: 'Make a lesson' };

/** The lesson editor: a static shell; the draft lives in this browser (components/author). */
export default function AuthorPage() {
  return (
    <>
      <AppHeader />
      <Container component="main" id="main" maxWidth="md" sx={{ py: { xs: 3, sm: 5 } }}>
        <Typography variant="h1" gutterBottom>
          Make a lesson
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3, maxWidth: '60ch' }}>
          Paste a news report, mark who speaks and what is claimed, and share the lesson as a file. Your draft is saved
          in this browser as you work.
        </Typography>
        <AuthorApp />
      </Container>
    </>
  );
}
