/**
 * Finds what a lesson file must never bring in, before any schema sees it: keys that could reach an
 * object's prototype, hidden control or text-direction characters in ids and keys (which can make
 * one id look like another), and absurd lengths or nesting.
 */
import { MAX_LESSON_DEPTH, MAX_LESSON_STRING_LENGTH } from '@/lib/schemas/lesson-file';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** C0 and C1 controls other than tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Marks, embeddings, overrides and isolates that change the direction text is shown in. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Fields whose strings are ids, or lists of ids. */
const ID_FIELDS = new Set(['id', 'voice', 'author', 'sentences', 'sections', 'voices', 'sentenceId', 'levelId']);

export type JsonPath = (string | number)[];

export interface HostileFinding {
  path: JsonPath;
  message: string;
}

const where = (path: JsonPath) => (path.length > 0 ? path.join('.') : 'the top level');

function checkString(value: string, path: JsonPath, isId: boolean): HostileFinding | undefined {
  if (value.length > MAX_LESSON_STRING_LENGTH)
    return { path, message: `The text at ${where(path)} is ${value.length} characters long, which no lesson needs.` };
  if (CONTROL.test(value)) return { path, message: `The text at ${where(path)} contains hidden control characters.` };
  if (isId && BIDI.test(value))
    return { path, message: `The id at ${where(path)} contains hidden text-direction characters.` };
  return undefined;
}

/** The first hostile thing in a parsed JSON value, or undefined when there is none. */
export function findHostile(value: unknown, path: JsonPath = [], isId = false): HostileFinding | undefined {
  if (path.length > MAX_LESSON_DEPTH) return { path, message: `The file is nested too deeply at ${where(path)}.` };
  if (typeof value === 'string') return checkString(value, path, isId);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findHostile(item, [...path, i], isId);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (PROTOTYPE_KEYS.has(key)) return { path, message: `The file contains the key "${key}" at ${where(path)}.` };
    if (CONTROL.test(key) || BIDI.test(key) || key.length > 100)
      return { path, message: `The file contains a key with hidden characters or of absurd length at ${where(path)}.` };
    const found = findHostile(item, [...path, key], ID_FIELDS.has(key));
    if (found) return found;
  }
  return undefined;
}
