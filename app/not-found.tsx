import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';
import AppHeader from '@/components/common/AppHeader';

export default function NotFound() {
  return (
    <>
      <AppHeader />
      <Container component="main" id="main" maxWidth="sm" sx={{ py: 6 }}>
        <title>Page not found · Media literacy lessons</title>
        <Typography variant="h1" gutterBottom>
          Page not found
        </Typography>
        <Typography sx={{ mb: 3 }}>
          There is no page at this address. The lesson may have been renamed or removed.
        </Typography>
        <Button href="/" variant="contained">
          See all lessons
        </Button>
      </Container>
    </>
  );
}
