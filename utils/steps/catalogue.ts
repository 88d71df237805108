import { nextWantedLicence } from '../checks/licences';
import { miniBasketLines } from '../page/mini-basket';
import { ADD_BUTTON, catalogueProducts } from '../page/products';
import { phrases } from '../words/match';
import type { StepModule } from './types';

// Guide, "Adding Licenses": "Search for the licenses you need or select from the options available
// at the bottom of the page. Click on Add Licenses and proceed to Check Out."
export const catalogue: StepModule = {
  id: 'catalogue',
  guidance:
    'Search for each licence the client needs and press "Add Licenses" on it; the products the client wants are outlined. Then go to the basket.',
  evidence: [
    { in: 'button', words: phrases(['add licence', 'add … basket', 'add … cart', 'buy licence']), weight: 4 },
    { in: 'text', words: phrases(['per user', 'per licence', 'user month', 'licence month']), weight: 1 },
    {
      in: 'heading',
      words: phrases(['shop', 'catalogue', 'product', 'licence', 'microsoft 365', 'marketplace']),
      weight: 1,
    },
  ],
  // The licence search box.
  fieldEvidence: { licenseSearch: 2 },
  threshold: 5,
  fields: [
    {
      key: 'licenseSearch',
      control: 'text',
      words: phrases(['search licence', 'search product', 'search catalogue', 'search', 'find', 'filter']),
      required: false,
      suggestion: true,
      single: true,
      // The next wanted licence not yet in the basket, whatever the box holds now.
      value: ({ client, basket }) => nextWantedLicence(client, basket ?? []),
    },
  ],
  products: catalogueProducts,
  basketAdds: ADD_BUTTON,
  basketShown: miniBasketLines,
};
