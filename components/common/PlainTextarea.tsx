'use client';
import { styled, type CSSObject, type Theme } from '@mui/material/styles';

/**
 * A native <textarea> in the theme's outlined-field look. MUI's multiline TextField measures its
 * own height on every keystroke (a hidden copy, a layout read and a re-render), which made typing
 * lag on a slow laptop; this one grows with CSS (`field-sizing`) and costs the browser nothing extra.
 */
export const plainFieldLook = ({ theme }: { theme: Theme }): CSSObject => ({
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  padding: '16.5px 14px',
  font: 'inherit',
  fontSize: theme.typography.body1.fontSize,
  lineHeight: 1.5,
  color: (theme.vars ?? theme).palette.text.primary,
  background: 'transparent',
  border: `1px solid ${theme.vars ? `rgba(${theme.vars.palette.common.onBackgroundChannel} / 0.35)` : 'rgba(0,0,0,0.35)'}`,
  borderRadius: theme.shape.borderRadius,
  '&:hover': { borderColor: (theme.vars ?? theme).palette.text.primary },
  '&:focus': {
    outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
    outlineOffset: -2,
    borderColor: 'transparent',
  },
  '&::placeholder': { color: (theme.vars ?? theme).palette.text.secondary, opacity: 1 },
});

const PlainTextarea = styled('textarea')((props) => ({
  ...plainFieldLook(props),
  minHeight: 'calc(3lh + 33px)',
  fieldSizing: 'content',
  resize: 'vertical',
}));

export default PlainTextarea;
