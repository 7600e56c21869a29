// A zod/mini schema for a required number typed as text (decimal point or comma), shared by the
// forms that take measurements: an empty field and an unreadable one get their own sentences.
import * as z from 'zod/mini';
import { isBlank, parseDecimalText } from './parse-number';

/** A required decimal (point or comma): `empty` when nothing was typed, `bad` when it is not a number. */
export const requiredDecimal = (empty: string, bad: string) =>
  z.pipe(
    z.string(),
    z.transform((text, ctx) => {
      if (isBlank(text)) {
        ctx.issues.push({ code: 'custom', message: empty, input: text });
        return z.NEVER;
      }
      const value = parseDecimalText(text);
      if (value === undefined) {
        ctx.issues.push({ code: 'custom', message: bad, input: text });
        return z.NEVER;
      }
      return value;
    }),
  );
