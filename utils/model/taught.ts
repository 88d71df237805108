import { z } from 'zod';
import { FIELD_KEYS } from './fields';
import { stepIdSchema } from './steps';

/** What a technician pointed at ("teach"): enough to find the same control again; ordinal is the last resort. */
export const taughtFieldSchema = z.object({
  tag: z.enum(['input', 'select', 'textarea']),
  type: z.string().max(20),
  id: z.string().max(200),
  nameAttribute: z.string().max(200),
  label: z.string().max(200),
  ordinal: z.number().int().min(-1).max(1000),
});

/** Per step, per field key: what the technician pointed at. */
export const taughtFieldsSchema = z.partialRecord(
  stepIdSchema,
  z.partialRecord(z.enum(FIELD_KEYS), taughtFieldSchema),
);
export type TaughtField = z.output<typeof taughtFieldSchema>;
export type TaughtFields = z.output<typeof taughtFieldsSchema>;
