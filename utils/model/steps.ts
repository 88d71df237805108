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
