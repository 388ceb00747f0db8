// Module augmentation: lets `<Typography variant="panelTitle">` and `sx={{ typography: 'note' }}` type-check.
import type { CSSProperties } from 'react';
import type { TypographyVariantName } from './typography';

type Variants = Record<TypographyVariantName, CSSProperties>;
type VariantFlags = Record<TypographyVariantName, true>;

declare module '@mui/material/styles' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TypographyVariants extends Variants {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TypographyVariantsOptions extends Partial<Variants> {}
}

declare module '@mui/material/Typography' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TypographyPropsVariantOverrides extends VariantFlags {}
}
