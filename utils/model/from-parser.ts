import { z } from 'zod';
import type { Parsed } from '../values/result';

/**
 * A zod string that runs one of the pasted-value helpers: the helper's message becomes the issue,
 * its normalised value the output. The helpers are the one place each rule lives.
 */
export function parsedString<T extends string>(parse: (input: string) => Parsed<T>) {
  return z.string().transform((input, ctx): T => {
    const parsed = parse(input);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.message });
    return z.NEVER;
  });
}

/** Like {@link parsedString}, but an empty or absent value is allowed and stored as ''. */
export function optionalParsedString<T extends string>(parse: (input: string) => Parsed<T>) {
  return z
    .string()
    .optional()
    .transform((input, ctx): T | '' => {
      if (input === undefined || input.trim() === '') return '';
      const parsed = parse(input);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    });
}

/** `clients[2].licenses[0].quantity`: a zod issue's path as a reader of the JSON file writes it. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(the whole file)' : out;
}

/** The first issue of a failed parse, as "path: message". */
export function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '(the whole file)', message: 'is not valid' };
  return { path: formatIssuePath(issue.path), message: issue.message };
}
