import type { PointerEvent } from 'react';

/**
 * Dragging the panel by its title. The panel is a frame on the portal, and a frame loses the
 * pointer as soon as it leaves it: the press is told to the page's frame, which follows the
 * pointer over the whole window until it is released.
 */
export function useDrag(start: (screenX: number, screenY: number) => void) {
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0 || (event.target as Element).closest('button')) return;
      event.preventDefault();
      start(event.screenX, event.screenY);
    },
  };
}
