import { PageReader } from './page-reader';
import type { PageView } from './page-view';

export type { ButtonItem, PageView, Region } from './page-view';

/**
 * Reads the page as a person sees it, in one walk: hidden subtrees (and our own overlay) are
 * skipped whole, steppers give no text, and each open dialog becomes a region of its own.
 * A look that comes back to the same page reads through a kept PageReader instead.
 */
export function readPage(doc: Document, url: URL): PageView {
  return new PageReader(doc).read(url);
}
