// The reference-data file (public/data/j9207.json): its zod/mini schema and type side by side.
// Validated at the boundary: a malformed file is reported, never trusted.
import * as z from 'zod/mini';

const ndc542 = z
  .string()
  .check(z.regex(/^\d{5}-\d{4}-\d{2}$/, 'An NDC must be written 5-4-2, e.g. 70020-1910-01.'));

export const kitSchema = z.object({
  strengthMg: z.union([z.literal(15), z.literal(45)]),
  labeler: z.string(),
  productNdc: z.string().check(z.regex(/^\d{5}-\d{4}$/)),
  /** Full NDC (5-4-2) or null when the package code is not known. */
  ndc: z.nullable(ndc542),
  verified: z.boolean(),
  note: z.optional(z.string()),
});

export const referenceDataSchema = z.object({
  version: z.literal(1),
  source: z.string(),
  hcpcs: z.object({ code: z.literal('J9207'), descriptor: z.string() }),
  kits: z.array(kitSchema),
  confusedCodes: z.array(z.object({ code: z.string(), descriptor: z.string() })),
  confusedCodesNote: z.optional(z.string()),
  paymentLimit: z.object({
    perUnitUsd: z.nullable(z.number().check(z.positive())),
    quarter: z.nullable(z.string()),
    note: z.optional(z.string()),
  }),
});

export type ReferenceKit = z.infer<typeof kitSchema>;
export type ReferenceData = z.infer<typeof referenceDataSchema>;
