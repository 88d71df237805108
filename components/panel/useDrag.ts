import { type PointerEvent, useRef, useState } from 'react';

export interface Corner {
  right: number;
  bottom: number;
}

/** Dragging the panel by its title: where it sits, from the window's bottom right corner. */
export function useDrag(start: Corner = { right: 16, bottom: 16 }) {
  const [position, setPosition] = useState<Corner>(start);
  const drag = useRef<({ x: number; y: number } & Corner) | null>(null);
  const end = () => {
    drag.current = null;
  };
  const handlers = {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if ((event.target as Element).closest('button')) return;
      drag.current = { x: event.clientX, y: event.clientY, ...position };
      event.currentTarget.setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const from = drag.current;
      if (!from) return;
      const view = event.currentTarget.ownerDocument.defaultView ?? window;
      setPosition({
        right: Math.min(Math.max(from.right - (event.clientX - from.x), 0), view.innerWidth - 80),
        bottom: Math.min(Math.max(from.bottom - (event.clientY - from.y), 0), view.innerHeight - 40),
      });
    },
    onPointerUp: end,
    onPointerCancel: end,
  };
  return { position, handlers };
}
