import { browser } from 'wxt/browser';
import { type Message, messageSchema, type Reply, replySchema } from './model/messages';

/**
 * Sends a message after checking it against the protocol, so a typo fails here, not in the
 * receiver; the answer is checked too.
 */
export async function sendMessage(message: Message): Promise<Reply> {
  const answer = await browser.runtime.sendMessage(messageSchema.parse(message));
  const reply = replySchema.safeParse(answer);
  return reply.success
    ? reply.data
    : { ok: false, error: 'The extension gave no usable answer: reload the page.' };
}

/** Parses an incoming message; anything that is not in the protocol is refused with a reason. */
export function readMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, message: parsed.data }
    : { ok: false, error: 'Unknown or malformed message' };
}
