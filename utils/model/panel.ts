import { z } from 'zod';
import { FIELD_KEYS, WARNING_CODES } from './fields';
import { authorisationLinkSchema } from './hosts';
import { stepIdSchema } from './steps';

// The panel is an extension page framed on the portal (out of the page's reach); each portal
// frame's content script reads its screen. Each connects a runtime port to the background, which
// passes messages between a tab's frames and its panel (a framed extension page in Firefox gets
// no tabs API, and cannot take a content script's port): never through the page
// (window.postMessage is the page's to read). Every end parses what it receives.

const fieldKey = z.enum(FIELD_KEYS);
const text = (max: number) => z.string().max(max);

/** Why a step was (or was not) taken: its score, the score it needs, the evidence seen. */
export const stepWhySchema = z.object({
  step: stepIdSchema,
  score: z.number(),
  needed: z.number(),
  reasons: z.array(text(200)).max(20),
});
export type StepWhy = z.infer<typeof stepWhySchema>;

/** What a frame's look at its screen tells the panel: plain data, trimmed where it is built. */
export const pageSnapshotSchema = z.object({
  step: stepIdSchema,
  /** The steps that scored anything, best first. */
  why: z.array(stepWhySchema).max(12),
  guidance: text(1000).nullable(),
  warnings: z.array(z.object({ code: z.enum(WARNING_CODES), message: text(500) })).max(50),
  todo: z.array(z.object({ key: fieldKey, state: z.enum(['missing', 'differs']) })).max(50),
  notFound: z.array(fieldKey).max(50),
  teachable: z.array(fieldKey).max(50),
  fills: z.boolean(),
  toFill: z.number().int().min(0),
  namedClient: z.object({ id: text(100), companyName: text(200), evidence: text(300) }).nullable(),
  /** Only ever a link to Microsoft's admin center (see AUTHORISATION_LINK_HOSTS). */
  authorisationLink: authorisationLinkSchema.nullable(),
  offersM365: z.boolean(),
  licences: z
    .array(z.object({ name: text(300), quantity: z.number().int().min(0), inBasket: z.boolean() }))
    .max(100),
  /** The field being taught: the next click on a page field is taken for it. */
  teaching: fieldKey.nullable(),
  /** The technician said the client accepted the authorisation: "Verify Authorisation" is outlined. */
  authorisationAccepted: z.boolean(),
  message: text(1000).nullable(),
});
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** A screen that is no checkout step, before any look. */
export const EMPTY_SNAPSHOT: PageSnapshot = {
  step: 'unknown',
  why: [],
  guidance: null,
  warnings: [],
  todo: [],
  notFound: [],
  teachable: [],
  fills: false,
  toFill: 0,
  namedClient: null,
  authorisationLink: null,
  offersM365: false,
  licences: [],
  teaching: null,
  authorisationAccepted: false,
  message: null,
};

const removedSchema = z.record(z.string(), z.number().int().min(0));

/** "Report this screen": the sanitised copy and what it holds. */
export const screenReportSchema = z.object({
  html: z.string().max(5_000_000),
  summary: z.object({
    step: stepIdSchema,
    scores: z.record(z.string(), z.number()),
    why: z.array(stepWhySchema).max(12),
    fields: z.array(z.object({ key: fieldKey, source: text(40) })).max(100),
    notFound: z.array(fieldKey).max(50),
    elements: z.number().int().min(0),
    kept: z.array(text(300)).max(2000),
    removed: removedSchema,
    fileName: text(200),
    tooLarge: z.number().int().min(0).optional(),
  }),
});

/** From a frame's content script to the panel. */
export const frameMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: pageSnapshotSchema }),
  z.object({ type: z.literal('report'), id: z.number().int(), report: screenReportSchema.nullable() }),
  // The consent window's answer reaches the content script (tabs.sendMessage); it passes it on.
  z.object({ type: z.literal('consent-result'), granted: z.boolean() }),
]);
export type FrameMessage = z.infer<typeof frameMessageSchema>;

/** From the panel to a frame's content script: each one a click of the technician's in the panel. */
export const panelMessageSchema = z.discriminatedUnion('type', [
  // `savedOn`: the client the domains "Use these" saved were saved on, said before the fill.
  z.object({
    type: z.literal('fill'),
    keys: z.array(fieldKey).max(50).optional(),
    savedOn: text(200).optional(),
  }),
  z.object({ type: z.literal('teach'), key: fieldKey.nullable() }),
  z.object({ type: z.literal('authorisation-accepted') }),
  z.object({ type: z.literal('report'), id: z.number().int() }),
  z.object({ type: z.literal('note'), message: text(1000).nullable() }),
]);
export type PanelMessage = z.infer<typeof panelMessageSchema>;

/** From the panel to the top frame, about the panel's own box on the page. */
export const panelBoxSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('box'),
    width: z.number().min(0).max(4000),
    height: z.number().min(0).max(4000),
  }),
  // The technician pressed on the title bar at this point of the screen: the page's frame follows
  // the pointer from there until it is released (the panel's own frame would lose the pointer).
  z.object({
    type: z.literal('drag-start'),
    screenX: z.number().min(-100000).max(100000),
    screenY: z.number().min(-100000).max(100000),
  }),
]);
export type PanelBox = z.infer<typeof panelBoxSchema>;

/** What the background passes to a panel: a frame's message, or that the frame has gone. */
export const panelInboundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('frame'), frameId: z.number().int().min(0), message: frameMessageSchema }),
  z.object({ type: z.literal('frame-gone'), frameId: z.number().int().min(0) }),
]);
export type PanelInbound = z.infer<typeof panelInboundSchema>;

/** What a panel asks the background to pass on: to one frame of its tab, or about its box (the top frame). */
export const panelOutboundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('to-frame'), frameId: z.number().int().min(0), message: panelMessageSchema }),
  z.object({ type: z.literal('to-top'), box: panelBoxSchema }),
]);
export type PanelOutbound = z.infer<typeof panelOutboundSchema>;

/**
 * The tab's top frame: the only one the consent window answers (tabs.sendMessage with frameId 0),
 * so the only one whose consent result the panel takes.
 */
export const TOP_FRAME = 0;

/** The panel's page: the extension page framed on the portal. */
export const PANEL_PAGE = '/overlay.html';

/** The ports' names: a portal frame's content script, and a panel. */
export const FRAME_PORT = 'leader-csp-assistant/frame';
export const PANEL_PORT = 'leader-csp-assistant/panel';
