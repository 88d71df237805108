import { authorization } from './authorization';
import { basket } from './basket';
import { catalogue } from './catalogue';
import { confirmation } from './confirmation';
import { customerSelect } from './customer-select';
import { defaultDomain } from './default-domain';
import { login } from './login';
import { newCustomer } from './new-customer';
import { newTenant } from './new-tenant';
import { serviceDetails } from './service-details';
import type { StepModule } from './types';

/** The step modules in the flow's order (SCREENS.md): when two show, the later one wins. */
export const STEPS: readonly StepModule[] = [
  login,
  catalogue,
  basket,
  customerSelect,
  newCustomer,
  serviceDetails,
  authorization,
  defaultDomain,
  newTenant,
  confirmation,
];

export { type Detection, detectStep, explain } from './detect';
