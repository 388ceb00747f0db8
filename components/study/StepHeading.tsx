import Typography from '@mui/material/Typography';

/** The heading of a step; it takes focus when the student moves to the step, so screen readers follow. */
export default function StepHeading({ eyebrow, children }: { eyebrow?: string; children: React.ReactNode }) {
  return (
    <>
      {eyebrow && (
        <Typography variant="eyebrow" sx={{ color: 'text.secondary', mb: 0.5 }}>
          {eyebrow}
        </Typography>
      )}
      <Typography
        variant="h2"
        id="step-heading"
        tabIndex={-1}
        sx={{ mb: 2, outline: 'none', '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main' } }}
      >
        {children}
      </Typography>
    </>
  );
}
