import { z } from 'zod';

/** The portal's screens, in the order of the flow (../shared/portal/SCREENS.md). Part of the page contract. */
export const STEP_IDS = [
  'login',
  'catalogue',
  'basket',
  'customer-select',
  'new-customer',
  'service-details',
  'authorization',
  'default-domain',
  'new-tenant',
  'confirmation',
  'unknown',
] as const;

export const stepIdSchema = z.enum(STEP_IDS);
export type StepId = z.infer<typeof stepIdSchema>;

/** What a screen that is no checkout step is: the overlay stays folded there. */
export const UNKNOWN_STEP = 'unknown' as const satisfies StepId;

/** The step whose visit is the order placed: it goes on the timeline with the order. */
export const ORDER_STEP = 'confirmation' as const satisfies StepId;

/** The step whose link goes to the client's Global Administrator; any later step means it was verified. */
export const AUTHORISATION_STEP = 'authorization' as const satisfies StepId;

/**
 * Steps only one kind of client goes through (the guide): with a tenant, the authorisation and
 * its Define Default Domain dialog; without one, the new tenancy's details.
 */
export const EXISTING_TENANT_STEPS: readonly StepId[] = ['authorization', 'default-domain'];
export const NEW_TENANCY_STEPS: readonly StepId[] = ['new-tenant'];

/** The steps of an onboarding a client goes through, in order, for its checklist (signing in is none). */
export const CHECKLIST_STEPS: readonly StepId[] = STEP_IDS.filter(
  (step) => step !== 'login' && step !== UNKNOWN_STEP,
);

/** How each step is named to the technician. A total map: a new step id without a title fails to compile. */
export const STEP_TITLES: Record<StepId, string> = {
  login: 'Sign in',
  catalogue: 'Pick licences',
  basket: 'Basket',
  'customer-select': 'Choose the customer',
  'new-customer': 'New customer details',
  'service-details': 'Service details',
  authorization: 'Authorisation link',
  'default-domain': 'Default domain',
  'new-tenant': 'New Microsoft tenancy',
  confirmation: 'Order confirmation',
  unknown: 'Not a checkout step',
};
