'use client';

import PrintOutlined from '@mui/icons-material/PrintOutlined';
import Button from '@mui/material/Button';

/** Opens the browser's print dialog (which can also save a PDF); hidden on paper. */
export default function PrintButton() {
  return (
    <Button className="no-print" variant="outlined" startIcon={<PrintOutlined />} onClick={() => window.print()}>
      Print this guide
    </Button>
  );
}
