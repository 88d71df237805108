import { AUSTRALIAN_STATES } from '../values/state';
import { ADDRESS_WORDS, NOT_OUR_FIELDS } from './address-words';
import { isKnownWord, words } from './normalise';
import { PORTAL_WORDS } from './portal-words';
import { FILLER_WORDS, NOT_PLURALS, OTHER_THINGS, PHRASE_SPELLINGS, SPELLINGS } from './vocabulary';

// "Report this screen" keeps a word only when it is one of these: the words the assistant's steps
// and fields look for (every phrase registers its words), the vocabulary's spellings and renames,
// and the everyday words of a form or a checkout below. Anything else on the screen (a person's or
// a company's name, a customer number, a domain) becomes a placeholder: the file leaves the
// business, so it holds what is known to be nobody's, never what merely failed to look like data.

/** English function words and the ordinary words of web forms, shops and account pages. */
const EVERYDAY_WORDS = `
  a an the and or but nor not no yes ok of to in on at by for from with without into onto over under
  up down out off about above below after before between during since until than then there here
  this that these those it its is are was were be been being am do does did done has have had having
  will would can could may might must shall should i me my mine we us our ours you your yours he him
  his she her hers they them their theirs who whom whose which what when where why how all any both
  each every either neither few more most other some such only own same so too very just also again
  once now new old as if because while per via eg ie etc e g x
  one two three four five six seven eight nine ten first second third next last previous back
  add added adding remove removed edit save saved saving cancel close open continue submit submitted
  send sent confirm confirmed verify verified check checked select selected choose chosen pick enter
  entered type typed fill filled clear reset search find show hide view more less load loading
  please thank thanks welcome hello sign signed log logged out in up register create created update
  updated delete deleted apply applied accept accepted agree agreed decline declined allow allowed
  required optional mandatory field fields form forms value values option options item items list
  yes no none true false on off enabled disabled active inactive available unavailable
  page pages step steps screen section summary overview details detail information info help faq
  support contact contacts us about terms condition conditions privacy policy cookie cookies legal
  copyright rights reserved notice notices error errors warning warnings success successful failed
  invalid valid must least characters character number numbers digit digits letter letters
  name names first last given family middle full title mr mrs ms miss dr mx
  company organisation organization business trading legal registered entity customer customers
  client clients partner partners reseller resellers vendor supplier distributor account accounts
  user users admin administrator administrators global role roles owner owners member members
  email e mail address addresses phone mobile telephone tel fax website web site url link links
  street road avenue lane drive court place suite unit level floor building po box city town suburb
  state territory province region county postcode zip postal code country countries
  order orders ordered ordering purchase purchases purchased buy bought pay paid payment payments
  invoice invoices bill billing billed cycle price prices pricing cost costs total totals subtotal
  tax gst vat fee fees discount amount amounts quantity qty unit units each month months monthly
  year years yearly annual annually week weeks day days date dates time times today tomorrow
  start starts end ends expiry expires renew renewal renewals term commitment trial
  product products service services plan plans licence licences license licenses subscription
  subscriptions seat seats catalogue catalog shop store cart basket checkout marketplace offer offers
  microsoft office cloud online exchange teams sharepoint onedrive windows azure entra intune defender
  dynamics power bi visio project copilot outlook word excel powerpoint business basic standard
  premium essentials enterprise frontline apps e3 e5 e1 f1 f3 p1 p2 m365 o365 365 a1 a3 a5
  domain domains default prefix tenant tenants tenancy initial onmicrosoft com au net org gov edu co
  authorisation authorization authorise authorize authorised authorized link relationship
  delegated access permission permissions consent granted grant
  dashboard home settings profile notifications messages message notes note comments comment
  status pending complete completed processing approved rejected cancelled canceled draft
  report reports download upload export import print copy copied paste
  hub leader systems cloud services australia australian new zealand
  january february march april may june july august september october november december
  able absolute access accessing accounting across action actions activate activating activation
  additional advance advanced afternoon morning evening night analysis analytics appear appears area
  arrears assign assigning asynchronously authenticator auto autorenew await awaiting balance become
  becomes block bottom top left right centre center middle build button buttons cannot change changed
  changes checkbox checking circle click clicked columns column row rows commerce completing compliance
  connect connected connects contacted containing contains content data desktop device devices
  different directly display drop due early late editable effect enable ending english ensure entering
  everything anything nothing something example exclude excluding expired expiring extra file files
  final finalise finalize finalising finalizing focus forgot forgotten format found frequently glance
  go going good great group groups guide happen happening healthy hidden high low hour hours https
  important inc included includes including indirect direct initiate initiates input inside outside
  instead integration keep kept language later learn learning like lock locked look loss mailbox
  maintenance manage managed management manager marked meeting meetings menu midnight mobility moment
  moments native navigate navigating need needed needs part parts participants pdf people person pm
  pop popular preference preferences prevention pro process processed promotion promotions provide
  provided provider provisioned provisioning pty ltd quick read ready recalculate receipt receive
  received recent record records refresh remember request requested resend review reviewed run running
  schedule scheduled seamless see seen separately session share shared shopping showing shown sku sold
  solution solutions sort stated statement statements stay still storage submission sure symbol take
  taken through tip together trade typing unique unless unlimited unpaid usage use used uses using
  verification verifying version versions visibility wait waiting webinar webinars within worker
  workers yet free eventually once soon later already always never often usually again instead
  here there where while whilst following below above shown note notes also available
  gb tb mb kb usd aud nzd ex inc incl excl
  aspx asp html htm php jsp cgi api app apps legacy portal identity login logon signin index handler
  auth popup mode checkout shop
  mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
`;

let allowed: Set<string> | null = null;

function allowedWords(): Set<string> {
  if (allowed) return allowed;
  const set = new Set<string>();
  const add = (text: string) => {
    for (const word of words(text)) set.add(word);
    for (const part of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (part) set.add(part);
  };
  add(EVERYDAY_WORDS);
  for (const list of [FILLER_WORDS, NOT_PLURALS, OTHER_THINGS]) for (const word of list) add(word);
  for (const [from, to] of Object.entries(SPELLINGS)) add(`${from} ${to}`);
  for (const [from, to] of PHRASE_SPELLINGS) add(`${from} ${to}`);
  for (const concept of [...Object.values(PORTAL_WORDS), ...Object.values(ADDRESS_WORDS), NOT_OUR_FIELDS])
    for (const p of concept.phrases) add(p.replace('…', ' '));
  for (const [code, name] of Object.entries(AUSTRALIAN_STATES)) add(`${code} ${name}`);
  allowed = set;
  return set;
}

/** Numbers a product's name holds ("Microsoft 365"): kept, as short numbers are. */
const PRODUCT_NUMBERS = new Set(['365', '2019', '2021', '2024']);

/**
 * Whether a word of the screen may go into a report: one the vocabulary knows, in any of its
 * spellings and forms; a number of at most two digits or a product's.
 */
export function isReportWord(token: string): boolean {
  const lower = token.toLowerCase();
  if (/^\p{N}+$/u.test(lower)) return lower.length <= 2 || PRODUCT_NUMBERS.has(lower);
  const set = allowedWords();
  if (set.has(lower) || isKnownWord(lower)) return true;
  const parts = words(token);
  return parts.every((part) =>
    /^\p{N}+$/u.test(part)
      ? part.length <= 2 || PRODUCT_NUMBERS.has(part)
      : set.has(part) || isKnownWord(part),
  );
}

let options: Set<string> | null = null;

/**
 * The choices a drop-down may show in a report as they are: Australia's states and territories,
 * the world's countries (their English names and ISO codes, from the browser's own Intl data, so
 * no list is kept here), yes and no. Any other choice could be a customer's name.
 */
export function isKnownOption(text: string): boolean {
  if (!options) {
    const set = new Set<string>(['yes', 'no', 'true', 'false', 'other', 'none', 'y', 'n']);
    for (const [code, name] of Object.entries(AUSTRALIAN_STATES)) {
      set.add(code.toLowerCase());
      set.add(words(name).join(' '));
    }
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = regions.of(code);
        // User-assigned codes (AA, QM–QZ, XA–XZ, ZZ) name no country.
        if (!name || /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) continue;
        set.add(code.toLowerCase());
        set.add(words(name).join(' '));
      }
    options = set;
  }
  const said = words(text).join(' ');
  return said === '' || options.has(said) || options.has(text.trim().toLowerCase());
}
