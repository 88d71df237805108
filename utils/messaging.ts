import { browser } from 'wxt/browser';
import { PORTAL_ORIGIN } from './model/hosts';
import {
  type Failure,
  failureSchema,
  type Message,
  type MessageOf,
  type MessageType,
  maySend,
  messageSchema,
  OPENS_WINDOW,
  REPLIES,
  type ReplyOf,
  type TabMessage,
  tabMessageSchema,
} from './model/messages';
import { PANEL_PAGE } from './model/panel';
import { type OwnPlaces, type SenderFacts, type SenderPlace, senderPlace } from './model/senders';
import type { OpeningLimit } from './opening-limit';
import { clip } from './values/text';

/** How a part of the extension sends to the background: typed by the message, each reply its own type. */
export type Send = <K extends MessageType>(message: MessageOf<K>) => Promise<ReplyOf<K>>;

/**
 * Sends a message after checking it against the protocol, so a mistake shows here, not in the
 * receiver; the answer is checked against that message's own reply type. It never rejects: a
 * message that does not fit, or an extension that does not answer (updated, restarted), comes
 * back as a failure the technician is told, not as an unhandled rejection nobody sees.
 */
export const sendMessage: Send = async (message) => {
  const checked = messageSchema.safeParse(message);
  if (!checked.success)
    return {
      ok: false,
      error: `Not sent (${checked.error.issues[0]?.message ?? 'it does not fit the protocol'}).`,
    };
  try {
    return readReply(message.type, await browser.runtime.sendMessage(checked.data));
  } catch (error) {
    return { ok: false, error: unreachable(error) };
  }
};

/** Why the background did not answer, in the technician's words. */
export function unreachable(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /context invalidated|receiving end does not exist|could not establish connection/i.test(text)
    ? 'The extension was updated or restarted: reload this page.'
    : `The extension did not answer (${clip(text, 300)}).`;
}

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

/**
 * The same for messages to a portal tab's content script, which only the extension's own pages
 * send (the consent window): one from anywhere else (another frame's script, the panel) is refused.
 */
export function readTabMessage(raw: unknown, sender: SenderFacts, own: OwnPlaces): Read<TabMessage> {
  if (senderPlace(sender, own) !== 'extension-page') return { ok: false, error: 'Unknown sender' };
  const parsed = tabMessageSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, message: parsed.data }
    : { ok: false, error: 'Unknown or malformed message' };
}

/** The extension's own places, as this extension runs (see senderPlace). */
export const ownPlaces = (): OwnPlaces => ({
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
  portal: PORTAL_ORIGIN,
  panelPath: PANEL_PAGE,
});

const PLACE_NAMES: Record<SenderPlace, string> = {
  'extension-page': "the extension's own pages",
  'portal-script': "the portal page's assistant",
  'panel-frame': "the assistant's panel",
};

/**
 * Whether the background takes a parsed message from this sender: from a place its type allows
 * (SENDERS), and, for one that opens a window or a tab, not again within moments from the same
 * tab. Null when it is taken; otherwise the refusal, said plainly.
 */
export function admitMessage(
  type: MessageType,
  sender: SenderFacts,
  own: OwnPlaces,
  openings: OpeningLimit,
  now: number,
): Failure | null {
  const place = senderPlace(sender, own);
  if (!maySend(type, place))
    return {
      ok: false,
      error: `Refused: "${type}" is not taken from ${place ? PLACE_NAMES[place] : 'this sender'}.`,
    };
  if (OPENS_WINDOW[type] && !openings.allow(`tab ${sender.tab?.id ?? 'none'}`, now))
    return {
      ok: false,
      error: 'A window was opened from here a moment ago: wait a few seconds, then try again.',
    };
  return null;
}
