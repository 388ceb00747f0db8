import Button from '@mui/material/Button';
import Container from '@mui/material/Container';
import Typography from '@mui/material/Typography';

/**
 * No app header here: the root not-found page's components are part of every page's first-load
 * JavaScript (Next keeps it ready for any route), so it uses only what every page loads anyway.
 */
export default function NotFound() {
  return (
    <>
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
