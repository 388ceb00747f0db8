'use client';
import { styled } from '@mui/material/styles';
import { plainFieldLook } from './PlainTextarea';

/** A native <select> in the theme's outlined-field look, without MUI's TextField machinery. */
const PlainSelect = styled('select')((props) => ({
  ...plainFieldLook(props),
  padding: '8.5px 14px',
}));

export default PlainSelect;
