import { z } from 'zod';

export const readDomainSchema = z.object({
  /** Lower-case ASCII (punycode for internationalised names). */
  name: z.string().min(1).max(253),
  /** As the admin center showed it, when that differs (an internationalised name in Unicode). */
  shown: z.string().max(300).optional(),
  status: z.string().max(200),
  isDefault: z.boolean(),
  /** `<name>.onmicrosoft.com` (one label): Microsoft's, never the client's own. */
  isInitialCandidate: z.boolean(),
  isMicrosoft: z.boolean(),
});
export type ReadDomain = z.infer<typeof readDomainSchema>;

export const domainsReadSchema = z.object({
  domains: z.array(readDomainSchema),
  /** Prefixes of the one-label onmicrosoft.com domains: one in most tenants. */
  prefixes: z.array(z.string()),
  /** The default domain as the portal wants it: empty when the default is an onmicrosoft.com one. */
  defaultDomain: z.string(),
  /** Whether the list was read whole (a long list renders only the rows in view). */
  complete: z.boolean(),
});
export type DomainsRead = z.infer<typeof domainsReadSchema>;

const tabSchema = z.object({ id: z.number().int(), title: z.string().max(500), url: z.string().max(4000) });
export type AdminTab = z.infer<typeof tabSchema>;

/** Each outcome of "Fetch from Microsoft 365"; the kinds other than `domains` are the contract's messages. */
export const m365OutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('domains'), tab: tabSchema, read: domainsReadSchema }),
  z.object({ kind: z.literal('no-tab'), adminTabs: z.number().int().min(0) }),
  z.object({ kind: z.literal('not-ready'), reason: z.enum(['signing-in', 'loading']), tab: tabSchema }),
  z.object({
    kind: z.literal('pick-tab'),
    tabs: z.array(tabSchema.extend({ label: z.string().max(600) })).max(50),
  }),
  z.object({ kind: z.literal('needs-consent') }),
  z.object({ kind: z.literal('denied') }),
  z.object({ kind: z.literal('error'), message: z.string().max(1000) }),
]);
export type M365Outcome = z.infer<typeof m365OutcomeSchema>;
