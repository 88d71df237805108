import { browser } from 'wxt/browser';
import {
  failureSchema,
  type Message,
  type MessageOf,
  type MessageType,
  messageSchema,
  REPLIES,
  type ReplyOf,
  type TabMessage,
  tabMessageSchema,
} from './model/messages';

/** How a part of the extension sends to the background: typed by the message, each reply its own type. */
export type Send = <K extends MessageType>(message: MessageOf<K>) => Promise<ReplyOf<K>>;

/**
 * Sends a message after checking it against the protocol, so a typo fails here, not in the
 * receiver; the answer is checked against that message's own reply type.
 */
export const sendMessage: Send = async (message) => {
  const answer = await browser.runtime.sendMessage(messageSchema.parse(message));
  return readReply(message.type, answer);
};

/** A reply checked against what that message answers; anything else becomes a failure to show. */
export function readReply<K extends MessageType>(type: K, answer: unknown): ReplyOf<K> {
  const reply = REPLIES[type].or(failureSchema).safeParse(answer);
  return reply.success
    ? (reply.data as ReplyOf<K>)
    : { ok: false, error: 'The extension gave no usable answer: reload the page.' };
}

type Read<T> = { ok: true; message: T } | { ok: false; error: string };

/** Parses an incoming message; anything that is not in the protocol is refused with a reason. */
export function readMessage(raw: unknown): Read<Message> {
  const parsed = messageSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, message: parsed.data }
    : { ok: false, error: 'Unknown or malformed message' };
}

/** The same for messages to a portal tab's content script. */
export function readTabMessage(raw: unknown): Read<TabMessage> {
  const parsed = tabMessageSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, message: parsed.data }
    : { ok: false, error: 'Unknown or malformed message' };
}
