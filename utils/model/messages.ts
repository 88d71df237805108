import { z } from 'zod';

/**
 * Every message between the extension's parts, one zod union: the receiver parses before it acts,
 * so a message from an older content script or a stranger is refused, never half-understood.
 */
export const messageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('open-options') })]);

export type Message = z.infer<typeof messageSchema>;
