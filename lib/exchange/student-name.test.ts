import { describe, expect, it } from 'vitest';
import { StudentNameSchema } from '@/lib/schemas/exchange';
import { cleanStudentName, normaliseStudentName } from './student-name';

describe('cleanStudentName', () => {
  it.each([
    ['a right-to-left override', 'Amira\u202Eklim', 'Amiraklim'],
    ['a left-to-right isolate and its pop', '\u2066Bilal\u2069 R.', 'Bilal R.'],
    ['right-to-left and left-to-right marks', '\u200FSara\u200E', 'Sara'],
    ['zero-width joiners, non-joiners and spaces', 'Am\u200Dira\u200C K\u200B.', 'Amira K.'],
    ['a byte-order mark and a soft hyphen', '\uFEFFJo\u00ADsé', 'José'],
    ['control characters', 'Amira\u0000\u0007\u001B K.', 'Amira K.'],
    ['newlines and tabs, as spaces', ' Amira\n\tK. ', 'Amira K.'],
  ])('removes %s', (_, name, cleaned) => {
    expect(cleanStudentName(name)).toBe(cleaned);
  });

  it('keeps letters of every script, and accents', () => {
    expect(cleanStudentName('مريم  Zoë 李')).toBe('مريم Zoë 李');
  });
});

describe('normaliseStudentName', () => {
  it.each([
    ['case and spacing', 'Amira  K.', ' amira k.'],
    ['composed and decomposed accents', 'Zoe\u0308', 'Zoë'],
    ['full-width letters', 'Ａｍｉｒａ', 'amira'],
    ['ligatures', 'Eﬁ', 'efi'],
    ['a right-to-left override', 'Amira\u202EK', 'amirak'],
    ['a zero-width joiner', 'Ami\u200Dra', 'AMIRA'],
    ['a dotted capital I', 'İlker', 'i\u0307lker'],
  ])('treats names that differ only in %s as one', (_, a, b) => {
    expect(normaliseStudentName(a)).toBe(normaliseStudentName(b));
  });

  it('keeps different names apart', () => {
    expect(normaliseStudentName('Amira K.')).not.toBe(normaliseStudentName('Amira R.'));
    expect(normaliseStudentName('Ilker')).not.toBe(normaliseStudentName('İlker'));
  });

  it('gives a result that is already normalised', () => {
    const key = normaliseStudentName('İLKER Ǆ ﬀ');
    expect(key).toBe(key.normalize('NFKC'));
    expect(normaliseStudentName(key)).toBe(key);
  });
});

describe('StudentNameSchema', () => {
  it('stores the cleaned name', () => {
    expect(StudentNameSchema.parse('  \u202EAmira\u200D K.\n')).toBe('Amira K.');
  });

  it('refuses a name that is only invisible characters', () => {
    expect(StudentNameSchema.safeParse('\u200B\u202E\u2066').success).toBe(false);
  });

  it('checks the length of the cleaned name', () => {
    expect(StudentNameSchema.safeParse(`${'a'.repeat(120)}${'\u200B'.repeat(50)}`).success).toBe(true);
  });
});
