import { browser } from 'wxt/browser';
import { type Message, messageSchema } from './model/messages';

/** Sends a message after checking it against the protocol, so a typo fails here, not in the receiver. */
export async function sendMessage(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(messageSchema.parse(message));
}

/** Parses an incoming message; anything that is not in the protocol is refused with a reason. */
export function readMessage(raw: unknown): { ok: true; message: Message } | { ok: false; error: string } {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, message: parsed.data }
    : { ok: false, error: 'Unknown or malformed message' };
}
