// happy-dom lays nothing out: every box measures 0 × 0, so every clipping box (`overflow: hidden`,
// as in MUI's labels and cards) would read as hidden. The product measures boxes as a browser lays
// them out (utils/page/visibility.ts); these tests give happy-dom the one part of layout it reads:
// a box as big as its CSS declares in pixels, and a size left to the layout (auto, a percentage)
// as one line of text. A 1px screen-reader-only box stays 1 × 1, so hidden stays hidden.

/** Height of a line of text, for a size the CSS leaves to the content. */
const LINE_PX = 16;

const cssPixels = (value: string) => (value.endsWith('px') ? Number.parseFloat(value) : LINE_PX);

/** Gives the window's elements a size from their CSS, in place of happy-dom's 0 × 0 boxes. */
export function measureBoxesByCss(view: Window & typeof globalThis): void {
  view.Element.prototype.getBoundingClientRect = function getBoundingClientRect(this: Element) {
    const style = (this.ownerDocument.defaultView ?? view).getComputedStyle(this);
    return new view.DOMRect(0, 0, cssPixels(style.width), cssPixels(style.height));
  };
}
