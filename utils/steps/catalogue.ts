import { nextWantedLicence } from '../checks/licences';
import { miniBasketLines } from '../page/mini-basket';
import { ADD_BUTTON, catalogueProducts } from '../page/products';
import type { StepModule } from './types';

// Guide, "Adding Licenses": "Search for the licenses you need or select from the options available
// at the bottom of the page. Click on Add Licenses and proceed to Check Out."
export const catalogue: StepModule = {
  id: 'catalogue',
  guidance:
    'Search for each licence the client needs and press "Add Licenses" on it; the products the client wants are outlined. Then go to the basket.',
  landmarks: [
    { in: 'button', match: /^(\+ )?add (licen[cs]es?|to (basket|cart))\b/i, weight: 4, essential: true },
    { in: 'field', match: /search|find|filter/, weight: 2 },
    { in: 'text', match: /\bper (user|licen[cs]e)\b|\/ ?(month|mo|user)\b/i, weight: 1 },
    {
      in: 'heading',
      match: /\b(shop|catalogue|catalog|products?|licen[cs]es|microsoft 365|marketplace)\b/i,
      weight: 1,
    },
  ],
  threshold: 5,
  fields: [
    {
      key: 'licenseSearch',
      control: 'text',
      names: [
        /^search( (licen[cs]es|products|catalogue|catalog|the catalogue))?$/,
        /\b(search|find)\b/,
        /filter/,
      ],
      required: false,
      suggestion: true,
      // The next wanted licence not yet in the basket, whatever the box holds now.
      value: ({ client, basket }) => nextWantedLicence(client, basket ?? []),
    },
  ],
  products: catalogueProducts,
  basketAdds: ADD_BUTTON,
  basketShown: miniBasketLines,
};
